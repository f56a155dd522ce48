// `signaalreis serve`: the HTTP service on the case store (issue 12), and `signaalreis keys` to
// make, list and revoke its API keys. A key is printed once, when it is made; never again.
import { resolve } from 'node:path';
import { asPartnerId, type CaseStore, type Lang, type MunicipalityCode } from '@signaalreis/core';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { DdasVsConfig } from '../service/ddas-vs/config';
import type { ApiKeyInfo, ApiRole } from '../store/access-store';
import { type CliIo, CliUserError } from './io';
import { cliLang, localize } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { SERVE_MESSAGES } from './messages/serve';
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

const portParser =
  (lang: Lang) =>
  (value: string): number => {
    const n = Number(value);
    if (!/^\d{1,5}$/.test(value) || n > 65535) throw new InvalidArgumentError(SERVE_MESSAGES.badPort[lang]);
    return n;
  };

/** The most requests per key per minute `--rate-limit` takes (project default: a million, far past any load test). */
const MAX_RATE_LIMIT = 1_000_000;

const rateLimitParser =
  (lang: Lang) =>
  (value: string): number => {
    const n = Number(value);
    if (!/^\d{1,7}$/.test(value) || n < 1 || n > MAX_RATE_LIMIT)
      throw new InvalidArgumentError(SERVE_MESSAGES.badRateLimit(MAX_RATE_LIMIT)[lang]);
    return n;
  };

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
    const lang = cliLang(io);
    for (const i of read.issues)
      io.stderr.write(
        `signaalreis: ${file}: ${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message[lang]}\n`,
      );
    throw new CliUserError(SERVE_MESSAGES.ddasVsUnusable(file, read.issues.length)[lang]);
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
    io.stdout.write(`${SERVE_MESSAGES.ddasVsListening(running.url)[cliLang(io)]}\n`);
    return running;
  } catch (error) {
    await service.close();
    throw new CliUserError(SERVE_MESSAGES.ddasVsCannotStart((error as Error).message)[cliLang(io)]);
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
  const t = localize(SERVE_MESSAGES, cliLang(io));
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
      throw new CliUserError(t.cannotListen(`${o.host}:${o.port}`, (error as Error).message));
    }
    io.stdout.write(`${t.listening(running.url, store.location)}\n`);
    const cbs = ddasVs ? await serveDdasVs(io, store, ddasVs, running) : undefined;
    await stop;
    await cbs?.close();
    await running.close();
    io.stdout.write(`${t.stopped}\n`);
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
  const lang = cliLang(io);
  const t = localize(SERVE_MESSAGES, lang);
  const collect = (value: string, previous: MunicipalityCode[]) => [
    ...previous,
    parseMunicipality(value, lang),
  ];
  const storeOption = () =>
    new Option('--store <dir|url>', t.storeHelp(STORE_ENV, DEFAULT_STORE)).env(STORE_ENV);
  program
    .command('serve')
    .description(t.serveHelp)
    .addOption(storeOption())
    .addOption(new Option('--port <port>', t.portHelp).argParser(portParser(lang)).default(8080))
    .addOption(new Option('--host <host>', t.hostHelp).default('127.0.0.1'))
    .addOption(
      new Option('--rate-limit <requests-per-minute>', t.rateLimitHelp).argParser(rateLimitParser(lang)),
    )
    .option('--ddas-vs <config.json>', t.ddasVsHelp)
    .action((o: ServeOptions) => runServe(io, o));

  const keys = program.command('keys').description(t.keysHelp);
  keys
    .command('create')
    .description(t.createHelp)
    .addOption(storeOption())
    .addOption(
      new Option('--role <role>', t.roleHelp)
        .choices(['officer', 'partner', 'researcher', 'admin'])
        .makeOptionMandatory(),
    )
    .addOption(new Option('--municipality <code>', t.keyMunicipalityHelp).argParser(collect).default([]))
    .option('--partner <id>', t.partnerHelp)
    .option('--label <text>', t.labelHelp)
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
        io.stdout.write(`${t.made(k.id, k.role, scopeOf(k), made.value.key)}\n`);
      });
    });
  keys
    .command('list')
    .description(t.listHelp)
    .addOption(storeOption())
    .addOption(
      new Option('--format <format>', COMMON_MESSAGES.formatHelp[lang])
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (o: KeyOptions) => {
      await withAccess(io, o.store, async (access) => {
        const list = await access.listKeys();
        if (!list.ok) throw storeError(io, list.issues);
        if (o.format === 'json') return void io.stdout.write(`${JSON.stringify(list.value, null, 2)}\n`);
        if (list.value.length === 0) return void io.stdout.write(`${t.noKeys}\n`);
        const rows = list.value.map(
          (k) =>
            `  ${k.id}  ${k.role.padEnd(10)}  ${scopeOf(k)}  ${t.created(k.createdAt)}${k.revokedAt ? `  ${t.revokedAt(k.revokedAt)}` : ''}${k.label ? `  (${k.label})` : ''}`,
        );
        io.stdout.write(`${[t.keysHead, ...rows].join('\n')}\n`);
      });
    });
  keys
    .command('revoke')
    .description(t.revokeHelp)
    .argument('<id>', t.keyIdArg)
    .addOption(storeOption())
    .action(async (id: string, o: KeyOptions) => {
      if (!/^[0-9a-f]{16}$/.test(id)) throw new CliUserError(t.badKeyId);
      await withAccess(io, o.store, async (access) => {
        const r = await access.revokeKey(id);
        if (!r.ok) throw storeError(io, r.issues);
        io.stdout.write(`${t.revoked(id, r.value.revokedAt)}\n`);
      });
    });
}
