// serveService: the service on a port, with @hono/node-server.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createService, type ServiceOptions } from './app';

/** Where and how to listen. */
export interface ServeOptions extends ServiceOptions {
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (only this machine): put a TLS proxy in front before listening wider. */
  host?: string;
}

/** A running service. */
export interface RunningService {
  /** `http://<host>:<port>` as it listens. */
  url: string;
  port: number;
  /** Stops accepting requests and waits for the open ones (the store stays open: close it after). */
  close(): Promise<void>;
}

/**
 * Starts the service on `host:port` and resolves once it listens. Stop it with `close()`, then
 * close the store.
 *
 * @example
 * ```ts
 * import { serveService } from '@signaalreis/adapters/service';
 * import { accessStoreOf, openCaseStore } from '@signaalreis/adapters/store';
 * const opened = await openCaseStore('data/store');
 * if (!opened.ok) throw new Error(opened.issues[0]?.message.en);
 * const access = accessStoreOf(opened.value);
 * if (!access.ok) throw new Error(access.issues[0]?.message.en);
 * const running = await serveService({ store: opened.value, access: access.value, port: 0 }); // a free port
 * console.log(`listening on ${running.url}`);
 * process.once('SIGTERM', async () => { await running.close(); await opened.value.close(); });
 * ```
 */
export function serveService(options: ServeOptions): Promise<RunningService> {
  return listen(createService(options), options.host ?? '127.0.0.1', options.port ?? 8080);
}

/**
 * Serves any hono app (the service, or the DDAS-VS endpoint of `ddasVsApp` on a listener of its
 * own) on `host:port`; resolves once it listens, with `close()` that waits for open requests.
 *
 * @example
 * ```ts
 * import { listen } from '@signaalreis/adapters/service';
 * import { Hono } from 'hono';
 * const running = await listen(new Hono().get('/', (c) => c.text('ok')), '127.0.0.1', 0);
 * running.url; // e.g. 'http://127.0.0.1:43121' — port 0 picked a free one
 * await running.close();
 * ```
 */
export function listen(
  app: { fetch: (request: Request) => Response | Promise<Response> },
  host: string,
  port: number,
): Promise<RunningService> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, failed) => {
            server.close((error) => (error ? failed(error) : done()));
            (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}
