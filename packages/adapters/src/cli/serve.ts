// `signaalreis serve`: the HTTP service on the case store (issue 12), and `signaalreis keys` to
// make, list and revoke its API keys. A key is printed once, when it is made; never again.
import { resolve } from 'node:path';
import { asPartnerId, type CaseStore, type MunicipalityCode } from '@signaalreis/core';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { DdasVsConfig } from '../service/ddas-vs/config';
import type { ApiKeyInfo, ApiRole } from '../store/access-store';
import { type CliIo, CliUserError } from './io';
import { parseMunicipality } from './month-input';
import { STORE_ENV, storeError, withStore } from './store-option';

/** The embedded store `serve` and `keys` use when neither --store nor SIGNAALREIS_STORE names one. */
const DEFAULT_STORE = 'data/store';

interface ServeOptions {
  store?: string;
  port: number;
  host: string;
  /** The DDAS-VS endpoint's configuration file: `POST /gegevens` on a listener of its own. */
  ddasVs?: string;
  /** Requests per key per minute (the service's `requestsPerMinute`; default 600, project default). */
  rateLimit?: number;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d{1,5}$/.test(value) || n > 65535)
    throw new InvalidArgumentError('Expected a port number, 0–65535.');
  return n;
}

/** The most requests per key per minute `--rate-limit` takes (project default: a million, far past any load test). */
const MAX_RATE_LIMIT = 1_000_000;

function parseRateLimit(value: string): number {
  const n = Number(value);
  if (!/^\d{1,7}$/.test(value) || n < 1 || n > MAX_RATE_LIMIT)
    throw new InvalidArgumentError(`Expected requests per minute, 1–${MAX_RATE_LIMIT}.`);
  return n;
}

/** Resolves at the first SIGINT or SIGTERM. */
export function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** Reads the DDAS-VS configuration file; its problems are one user error (each on stderr). */
async function ddasVsConfig(io: CliIo, file: string): Promise<DdasVsConfig> {
  const { readDdasVsConfig } = await import('../service/ddas-vs/config');
  const read = readDdasVsConfig(resolve(io.cwd, file));
  if (!read.ok) {
    for (const i of read.issues)
      io.stderr.write(
        `signaalreis: ${file}: ${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message.en}\n`,
      );
    throw new CliUserError(
      `${file}: not a usable DDAS-VS configuration (${read.issues.length} problem(s), listed above)`,
    );
  }
  return read.value;
}

/** Starts `POST /gegevens` on the DDAS-VS configuration's own listener, on the same store. */
async function serveDdasVs(
  io: CliIo,
  store: CaseStore,
  config: DdasVsConfig,
  service: { close(): Promise<void> },
): Promise<{ close(): Promise<void> }> {
  const [{ ddasVsApp, storeDeliverySource }, { listen }] = await Promise.all([
    import('../service/ddas-vs/index'),
    import('../service/serve'),
  ]);
  try {
    const app = ddasVsApp({
      source: storeDeliverySource(store, {
        organisations: config.organisations,
        supplierCode: config.supplierCode,
      }),
      signer: config.signer,
      tokens: config.tokens,
      ...(config.rateLimit ? { rateLimit: config.rateLimit } : {}),
      log: (e) => io.stderr.write(`${JSON.stringify(e)}\n`),
    });
    const running = await listen(app, config.host, config.port);
    io.stdout.write(`DDAS-VS endpoint POST ${running.url}/gegevens (for CBS, through the FSC inway)\n`);
    return running;
  } catch (error) {
    await service.close();
    throw new CliUserError(`the DDAS-VS endpoint cannot start: ${(error as Error).message}`);
  }
}

/**
 * Runs `signaalreis serve`: opens the store, listens, prints where (never a key), logs one JSON
 * line per request to stderr (no personal data), and on `stop` (SIGINT/SIGTERM) stops listening,
 * waits for open requests and closes the store.
 */
export async function runServe(
  io: CliIo,
  o: ServeOptions,
  stop: Promise<unknown> = stopSignal(),
): Promise<void> {
  const [{ serveService }, { accessStoreOf }] = await Promise.all([
    import('../service/serve'),
    import('../store/sql-access'),
  ]);
  const ddasVs = o.ddasVs === undefined ? undefined : await ddasVsConfig(io, o.ddasVs);
  await withStore(io, o.store ?? DEFAULT_STORE, async (store) => {
    const access = accessStoreOf(store);
    if (!access.ok) throw storeError(io, access.issues);
    let running: Awaited<ReturnType<typeof serveService>>;
    try {
      running = await serveService({
        store,
        access: access.value,
        port: o.port,
        host: o.host,
        ...(o.rateLimit === undefined ? {} : { limits: { requestsPerMinute: o.rateLimit } }),
        log: (e) => io.stderr.write(`${JSON.stringify(e)}\n`),
      });
    } catch (error) {
      throw new CliUserError(`cannot listen on ${o.host}:${o.port}: ${(error as Error).message}`);
    }
    io.stdout.write(
      `signaalreis service listening on ${running.url} (store ${store.location}); stop with Ctrl-C\n`,
    );
    const cbs = ddasVs ? await serveDdasVs(io, store, ddasVs, running) : undefined;
    await stop;
    await cbs?.close();
    await running.close();
    io.stdout.write('signaalreis service stopped; store closed\n');
  });
}

interface KeyOptions {
  store?: string;
  role: ApiRole;
  municipality: MunicipalityCode[];
  partner?: string;
  label?: string;
  format: 'text' | 'json';
}

const collect = (value: string, previous: MunicipalityCode[]) => [...previous, parseMunicipality(value)];

const scopeOf = (k: ApiKeyInfo) =>
  [k.municipalities.length > 0 ? k.municipalities.join(',') : '-', k.partner ?? '-'].join('  ');

async function withAccess<T>(
  io: CliIo,
  store: string | undefined,
  work: (a: import('../store/access-store').AccessStore) => Promise<T>,
) {
  const { accessStoreOf } = await import('../store/sql-access');
  return withStore(io, store ?? DEFAULT_STORE, async (s) => {
    const access = accessStoreOf(s);
    if (!access.ok) throw storeError(io, access.issues);
    return work(access.value);
  });
}

/**
 * Registers `signaalreis serve` and `signaalreis keys create | list | revoke` on the program.
 *
 * @example
 * ```sh
 * signaalreis keys create --role officer --municipality 0363 --store data/store
 * signaalreis serve --store data/store --port 8080
 * ```
 */
export function registerServe(program: Command, io: CliIo): void {
  const storeOption = () =>
    new Option('--store <dir|url>', `the case store (default: $${STORE_ENV}, else ${DEFAULT_STORE})`).env(
      STORE_ENV,
    );
  program
    .command('serve')
    .description('Serve the case store over HTTP (read routes, presets, DDAS export; docs/service.md).')
    .addOption(storeOption())
    .addOption(new Option('--port <port>', 'the port (0: a free one)').argParser(parsePort).default(8080))
    .addOption(new Option('--host <host>', 'the address to listen on').default('127.0.0.1'))
    .addOption(
      new Option(
        '--rate-limit <requests-per-minute>',
        'requests per key per minute before 429 (default 600; raise it for a load test)',
      ).argParser(parseRateLimit),
    )
    .option(
      '--ddas-vs <config.json>',
      'also serve POST /gegevens for CBS (DDAS-VS) on its own port, as configured (docs/service-ddas-vs.md)',
    )
    .action((o: ServeOptions) => runServe(io, o));

  const keys = program.command('keys').description('API keys of the service: create, list, revoke.');
  keys
    .command('create')
    .description('Make a key; it is printed once — keep it, only its hash is stored.')
    .addOption(storeOption())
    .addOption(
      new Option('--role <role>', 'what the key may do')
        .choices(['officer', 'partner', 'researcher', 'admin'])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--municipality <code>', 'a municipality the key may read (repeatable)')
        .argParser(collect)
        .default([]),
    )
    .option('--partner <id>', 'the partner id of a partner key')
    .option('--label <text>', 'who holds the key (a note)')
    .action(async (o: KeyOptions) => {
      await withAccess(io, o.store, async (access) => {
        const made = await access.createKey({
          role: o.role,
          municipalities: o.municipality,
          ...(o.partner ? { partner: asPartnerId(o.partner) } : {}),
          ...(o.label ? { label: o.label } : {}),
        });
        if (!made.ok) throw storeError(io, made.issues);
        const k = made.value.info;
        io.stdout.write(
          `Key ${k.id} (${k.role}; ${scopeOf(k)}):\n${made.value.key}\n` +
            'Keep it now: it is not shown again (only its sha256 is stored). Send it as Authorization: Bearer <key>.\n',
        );
      });
    });
  keys
    .command('list')
    .description('The keys: ids, roles, scopes, created, revoked — never a secret.')
    .addOption(storeOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (o: KeyOptions) => {
      await withAccess(io, o.store, async (access) => {
        const list = await access.listKeys();
        if (!list.ok) throw storeError(io, list.issues);
        if (o.format === 'json') return void io.stdout.write(`${JSON.stringify(list.value, null, 2)}\n`);
        if (list.value.length === 0) return void io.stdout.write('No keys.\n');
        const rows = list.value.map(
          (k) =>
            `  ${k.id}  ${k.role.padEnd(10)}  ${scopeOf(k)}  created ${k.createdAt}${k.revokedAt ? `  REVOKED ${k.revokedAt}` : ''}${k.label ? `  (${k.label})` : ''}`,
        );
        io.stdout.write(`${['Keys (id, role, municipalities, partner):', ...rows].join('\n')}\n`);
      });
    });
  keys
    .command('revoke')
    .description('Revoke a key: it is refused from the next request on.')
    .argument('<id>', 'the key id (16 hex digits, as `keys list` shows it)')
    .addOption(storeOption())
    .action(async (id: string, o: KeyOptions) => {
      if (!/^[0-9a-f]{16}$/.test(id)) throw new CliUserError('a key id is 16 hex digits (see keys list)');
      await withAccess(io, o.store, async (access) => {
        const r = await access.revokeKey(id);
        if (!r.ok) throw storeError(io, r.issues);
        io.stdout.write(`Key ${id} revoked at ${r.value.revokedAt}\n`);
      });
    });
}
