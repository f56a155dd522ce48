// `--store <dir|url>` (or SIGNAALREIS_STORE) for the commands that use the case store: opening it,
// its refusals as one-line user errors (a URL always with its password masked), and closing it.
import type { CaseStore, Issue, Lang, MunicipalityCode } from '@signaalreis/core';
import { type Command, Option } from 'commander';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText } from './lang';
import { CLI_STORE_MESSAGES as M } from './messages/store';

/** The environment variable that names the store when `--store` is not given. */
export const STORE_ENV = 'SIGNAALREIS_STORE';

/** Options of a command that can use the store. */
export interface StoreOptions {
  store?: string;
  municipality?: MunicipalityCode;
}

/** Adds `--store <dir|url>` (default: $SIGNAALREIS_STORE). */
export function addStoreOption(command: Command, help: string): Command {
  return command.addOption(new Option('--store <dir|url>', help).env(STORE_ENV));
}

/** A store's issues as one user error (each further issue on stderr first). */
export function storeError(io: CliIo, issues: readonly Issue[], context = ''): CliUserError {
  const lang = cliLang(io);
  for (const i of issues.slice(1)) io.stderr.write(`signaalreis: ${issueText(lang, i)}\n`);
  const first = issues[0] ? issueText(lang, issues[0]) : M.storeRefused[lang];
  return new CliUserError(`${context}${first}`);
}

/**
 * Opens the store named by `--store`/SIGNAALREIS_STORE; refusals are user errors. Only `run`
 * creates a store (`create: true`); the commands that read or update one refuse a missing folder.
 */
export async function openStoreArg(io: CliIo, target: string, create = false): Promise<CaseStore> {
  return io.openStore ? io.openStore(target, create) : openNewStore(io, target, create);
}

/** Opens the store at `target` with a connection of its own (what {@link openStoreArg} does without `CliIo.openStore`). */
export async function openNewStore(io: CliIo, target: string, create: boolean): Promise<CaseStore> {
  // loaded on first use: commands without a store do not load PGlite, pg and kysely
  const { openCaseStore } = await import('../store/open');
  const opened = await openCaseStore(target, { cwd: io.cwd, create });
  if (!opened.ok) throw storeError(io, opened.issues);
  return opened.value;
}

/** The municipality a store command works on: `--municipality` is required with a store. */
export function requireMunicipality(o: StoreOptions, command: string, lang: Lang = 'nl'): MunicipalityCode {
  if (!o.municipality) throw new CliUserError(M.needsMunicipality(command)[lang]);
  return o.municipality;
}

/** The store named by `--store`/SIGNAALREIS_STORE; a user error when there is none. */
export function needStore(o: StoreOptions, what: string, lang: Lang = 'nl'): string {
  if (!o.store) throw new CliUserError(M.needsStore(what)[lang]);
  return o.store;
}

/** Runs `work` with the store open, and closes it whatever happens. */
export async function withStore<T>(
  io: CliIo,
  target: string,
  work: (store: CaseStore) => Promise<T>,
): Promise<T> {
  const store = await openStoreArg(io, target);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
