// A batch thread keeps its history thread for its runs, and that thread keeps what it read of case
// files (issue 14, the year): used again only while the manifest lists both files as then and both
// are exactly as they were — else read again, as a thread of its own would — and never of files
// that had changed shortly before they were read.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asIsoMonth } from '@signaalreis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_INDEX_FILE } from '../cases/history-index';
import { vouchFor } from './case-folder.test-support';
import { runExampleMonth } from './cli-test-kit';
import { loadHistory } from './history';
import {
  type HistoryIndexMemoEntry,
  type HistoryIndexMemoUse,
  historyIndexBeside,
  historyIndexLinesBeside,
} from './history-index-file';
import { keptHistory } from './history-kept';
import { historyWorkerFile, startHistoryWorkers } from './history-pool';
import { CliUserError } from './io';

let root: string;
let august: string;
let september: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'signaalreis-history-kept-'));
  august = join(root, 'august');
  september = join(root, 'september');
  await runExampleMonth('2026-08', august);
  await runExampleMonth('2026-09', september, [join(august, 'cases.json')]);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A memo as a history thread keeps one, with what it was told. */
function memoUse(settledMs: number) {
  const kept = new Map<string, HistoryIndexMemoEntry>();
  const told = { reused: 0, read: 0 };
  const use: HistoryIndexMemoUse = {
    earlier: (path) => kept.get(path),
    reused: () => {
      told.reused += 1;
    },
    read: (path, entry) => {
      told.read += 1;
      const e = entry();
      if (e) kept.set(path, e);
    },
    settledMs,
  };
  return { use, told, kept };
}

/** A copy of August's folder. */
function copyOfAugust(name: string): string {
  const dir = join(root, name);
  cpSync(august, dir, { recursive: true });
  return dir;
}

/** The households of August's index: every other one. */
const someHouseholds = (dir: string) =>
  new Set(
    [...new Set(historyIndexBeside(join(dir, 'cases.json'))?.entries.map((e) => e.householdKey))].filter(
      (_, i) => i % 2 === 0,
    ),
  );

describe('historyIndexLinesBeside with a memo', () => {
  it('keeps an index of files that had settled, and uses it again while both are as they were', () => {
    const dir = copyOfAugust('settled');
    const cases = join(dir, 'cases.json');
    const households = someHouseholds(dir);
    const fresh = historyIndexLinesBeside(cases)?.entriesOf(households);
    expect(fresh?.length).toBeGreaterThan(0);
    const { use, told, kept } = memoUse(0);
    expect(historyIndexLinesBeside(cases, use)?.entriesOf(households)).toStrictEqual(fresh);
    expect([told.read, told.reused, kept.size]).toEqual([1, 0, 1]);
    for (let month = 0; month < 3; month++)
      expect(historyIndexLinesBeside(cases, use)?.entriesOf(households)).toStrictEqual(fresh);
    expect([told.read, told.reused]).toEqual([1, 3]);
  });

  it('keeps nothing of files changed less than the settling time before they were read', () => {
    const dir = copyOfAugust('just-copied'); // both files written just now
    const { use, told, kept } = memoUse(60_000);
    expect(historyIndexLinesBeside(join(dir, 'cases.json'), use)).toBeDefined();
    expect([told.read, kept.size]).toEqual([0, 0]);
  });

  const index = (dir: string) => join(dir, HISTORY_INDEX_FILE);
  /** The index with one signal's reached status changed in place (the same size). */
  const reachedChanged = (dir: string) =>
    writeFileSync(index(dir), readFileSync(index(dir), 'utf8').replace(/,(true|false),null\]/, ',$1,true]'));
  const changes: Record<string, { change: (dir: string) => void; read: 'case file' | 'index again' }> = {
    'the index changed in place (same size), the manifest not brought up to date': {
      change: (dir) => {
        const text = readFileSync(index(dir), 'utf8');
        writeFileSync(
          index(dir),
          text.replace(/"(\d)/, (_, d: string) => `"${(Number(d) + 1) % 10}`),
        );
      },
      read: 'case file',
    },
    'the index changed in place and vouched for': {
      change: (dir) => {
        reachedChanged(dir);
        vouchFor(dir, HISTORY_INDEX_FILE);
      },
      read: 'index again',
    },
    'the case file added to (feedback)': {
      change: (dir) => writeFileSync(join(dir, 'cases.json'), '\n', { flag: 'a' }),
      read: 'case file',
    },
    'the case file replaced by a copy of itself (another file, the same bytes)': {
      change: (dir) => {
        cpSync(join(dir, 'cases.json'), join(dir, 'cases.copy'));
        renameSync(join(dir, 'cases.copy'), join(dir, 'cases.json'));
      },
      read: 'index again',
    },
    'the manifest gone': { change: (dir) => rmSync(join(dir, 'manifest.json')), read: 'case file' },
  };
  for (const [name, { change, read }] of Object.entries(changes))
    it(`does not use the kept index when ${name}`, () => {
      const dir = copyOfAugust(name.replace(/\W+/g, '-'));
      const cases = join(dir, 'cases.json');
      const { use, told, kept } = memoUse(0);
      expect(historyIndexLinesBeside(cases, use)).toBeDefined();
      expect(kept.size).toBe(1);
      change(dir);
      const again = historyIndexLinesBeside(cases, use);
      expect(told.reused).toBe(0);
      if (read === 'case file') expect(again).toBeUndefined();
      else expect(again?.entries()).toStrictEqual(historyIndexBeside(cases)?.entries);
    });
});

/** The io of a history thread's tests, with `kept` as its kept history. */
const ioWith = (kept?: ReturnType<typeof keptHistory>) => ({
  stdout: { write: () => true },
  stderr: { write: () => true },
  cwd: root,
  ...(kept ? { keptHistory: kept } : {}),
});

describe('the history thread a batch thread keeps', () => {
  const october = asIsoMonth('2026-10');
  const files = () => [join(august, 'cases.json'), join(september, 'cases.json')];

  it('reads month after month in one thread, using again what it kept: the same history as a thread of its own', async () => {
    expect(existsSync(historyWorkerFile()), 'pnpm build first: the worker threads run dist/').toBe(true);
    const kept = keptHistory(0);
    try {
      const households = new Set([...someHouseholds(august), ...someHouseholds(september)]);
      const own = await startHistoryWorkers(ioWith(), files(), october).finish(households);
      expect(own.entries.length).toBeGreaterThan(0);
      for (let month = 0; month < 3; month++) {
        const reading = startHistoryWorkers(ioWith(kept), files(), october, { hintBatch: 3 });
        for (const h of households) reading.hint(h);
        expect(await reading.finish(households)).toStrictEqual(own);
      }
      // read in the first run, used again in the two after
      expect(kept.reused).toBe(4);
      expect(await loadHistory(ioWith(), files(), { month: october, households })).toStrictEqual(own);
    } finally {
      await kept.close();
    }
  }, 60_000);

  it('ends a task given up (the month failed) or refused, and reads the next run', async () => {
    const kept = keptHistory(0);
    try {
      const households = someHouseholds(august);
      const expected = await startHistoryWorkers(ioWith(), files(), october).finish(households);
      // given up before the households came: the kept thread must not wait for them forever
      await startHistoryWorkers(ioWith(kept), files(), october).cancel();
      // refused: a case file that is not one
      const broken = join(root, 'broken');
      cpSync(september, broken, { recursive: true });
      writeFileSync(join(broken, 'cases.json'), '{"not": "a case file"}');
      const refused = startHistoryWorkers(
        ioWith(kept),
        [join(august, 'cases.json'), join(broken, 'cases.json')],
        october,
      );
      await expect(refused.finish(households)).rejects.toBeInstanceOf(CliUserError);
      expect(await startHistoryWorkers(ioWith(kept), files(), october).finish(households)).toStrictEqual(
        expected,
      );
    } finally {
      await kept.close();
    }
  }, 60_000);
});
