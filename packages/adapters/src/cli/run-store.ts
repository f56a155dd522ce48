// `signaalreis run --store <dir|url>`: the month's history from the store, and the month stored in
// the same transaction as its output folder is written (a run that fails leaves the store as it was).
import {
  type CaseStore,
  type HistoryEntry,
  type IsoMonth,
  issue,
  type Lang,
  type MunicipalityCode,
  type PlannedMonth,
} from '@signaalreis/core';
import type { Command } from 'commander';
import { STORE_MESSAGES as M } from '../store/messages';
import { saveRunMonth } from '../store/save-run';
import { heapCollector } from './batch-heap';
import type { CliIo } from './io';
import { cliLang } from './lang';
import { CLI_STORE_MESSAGES as CM } from './messages/store';
import {
  addStoreOption,
  openStoreArg,
  requireMunicipality,
  type StoreOptions,
  storeError,
} from './store-option';

/** The store options of `signaalreis run`. */
export interface RunStoreOptions extends StoreOptions {
  /** Replace the month when it is already stored (until feedback recorded records for it). */
  replace?: boolean;
}

/** Adds `--store <dir|url>` and `--replace` to `signaalreis run`. */
export function addRunStoreOptions(command: Command, lang: Lang = 'nl'): Command {
  return addStoreOption(command, CM.runStoreHelp[lang]).option('--replace', CM.replaceHelp[lang], false);
}

/** The open store of a run, for its municipality. */
export interface RunStore {
  store: CaseStore;
  municipality: MunicipalityCode;
}

/**
 * Opens the store when `--store` (or SIGNAALREIS_STORE) names one: `--municipality` is required,
 * and a month already stored is refused before anything is computed unless `--replace`.
 */
export async function openRunStore(
  io: CliIo,
  o: RunStoreOptions & { month: IsoMonth },
): Promise<RunStore | undefined> {
  if (!o.store) return undefined;
  const municipality = requireMunicipality(o, 'run', cliLang(io));
  const store = await openStoreArg(io, o.store, true);
  const months = await store.months(municipality);
  if (!months.ok) {
    await store.close();
    throw storeError(io, months.issues);
  }
  if (!o.replace && months.value.some((m) => m.month === o.month)) {
    await store.close();
    throw storeError(io, [issue('month_exists', [], M.monthExists(municipality, o.month))]);
  }
  return { store, municipality };
}

/**
 * The action of `signaalreis run` with the store open (when one is named) and closed afterwards,
 * whatever happens.
 */
export function withRunStore<O extends RunStoreOptions & { month: IsoMonth }>(
  io: CliIo,
  action: (file: string, o: O, command: Command, store: RunStore | undefined) => Promise<void>,
): (file: string, o: O, command: Command) => Promise<void> {
  return async (file, o, command) => {
    const store = await openRunStore(io, o);
    try {
      await action(file, o, command, store);
    } finally {
      await store?.store.close();
    }
  };
}

/** The history the store holds for the month: every stored signal of the municipality's earlier months. */
export async function storeHistory(io: CliIo, s: RunStore, month: IsoMonth): Promise<HistoryEntry[]> {
  const history = await s.store.history(s.municipality, month);
  if (!history.ok) throw storeError(io, history.issues);
  return history.value;
}

/**
 * Stores the run's month, writing the output folder (`write`) inside the same transaction; returns
 * the line for the summary. With a store that takes a month in parts, each part's case-file entries
 * are made when the store writes them (`saveRunMonth`), and the heap is collected between parts when
 * it grew by 128 MB since the last collection (`heapCollector`, as `export ddas` between its months):
 * V8 otherwise lets the parts' garbage stay until the heap is about four times what the month keeps
 * — a national month's `run --store` held 1.13 GB before its first collection, 1.64 GB at its peak
 * (0.99 GB with the collections, no slower; docs/performance.md, "Forty-fourth round").
 */
export async function storeRun(
  io: CliIo,
  s: RunStore,
  m: PlannedMonth,
  preset: string,
  o: RunStoreOptions,
  write: () => void,
  history: HistoryEntry[],
): Promise<string> {
  const options = { replace: o.replace === true, beforeCommit: write, beforePart: heapCollector() };
  const saved = await saveRunMonth(s.store, m, preset, s.municipality, options);
  if (!saved.ok) throw storeError(io, saved.issues);
  const lang = cliLang(io);
  const from = CM.historyFrom(history.length, [...new Set(history.map((e) => e.month))])[lang];
  const { location } = s.store;
  const { replaced, cases, signals } = saved.value;
  return CM.stored(m.month, s.municipality, location, replaced, cases, signals, from)[lang];
}
