// `run`'s history read in worker threads (history-pool.ts) must say and do what reading it in this
// thread does: the same notes, and for a history file that cannot be read the same stderr lines and
// message, for the first such file in the order given; a month's file that fails still fails first.
// A worker that stops or fails becomes a Dutch error, not a hang. Needs the build (dist/cli/history-worker.js).
import { existsSync, readFileSync, truncateSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { asIsoDate, asIsoMonth } from '@signaalreis/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CliRun, csvText, fixtureDir, row, runCli } from './cli-test-kit';
import { loadHistory } from './history';
import { historyIndexBeside } from './history-index-file';
import {
  coreFree,
  HISTORY_KEYS_MAX_BYTES,
  HISTORY_SIGNAL_FILES_FOR_THREADS,
  HISTORY_WORKER_MIN_BYTES,
  HISTORY_WORKERS_ENV,
  historyInWorkers,
  historyKeysInThread,
  historyWorkerFile,
  IDLE_CORES_FOR_THREADS,
  IDLE_WINDOW_MS,
  idleCores,
  machineLoad,
  startHistoryWorkers,
} from './history-pool';
import { type CliIo, CliUserError } from './io';
import { exampleSignals } from './output-digest.test-support';
import { cpuSample } from './started';

const month = asIsoMonth('2026-10');
const september = (n: number, over: Partial<Parameters<typeof row>[0]> = {}) =>
  row({
    signal_id: `ZV-ZLD-202609-${String(n).padStart(4, '0')}`,
    signal_date: '2026-09-24',
    house_number: String(n),
    ...over,
  });

/** A month of three signals, history of September (one row rejected) and files that cannot be read. */
const FILES = {
  'month.csv': csvText([row(), row({ signal_id: 'ZV-ZLD-202610-0002', house_number: '2' })]),
  'sep.csv': csvText([
    september(12),
    september(2),
    september(3),
    september(4, { signal_date: '2026-09-31' }),
  ]),
  'sep-again.csv': csvText([september(12), september(5)]),
  // signal 2 of September for a household not in the month: hides sep.csv's signal 2 when read first
  'moved.csv': csvText([september(2, { house_number: '99' }), september(7, { house_number: '98' })]),
  // October's signal 2 as if delivered in September: history unless an entry of October hides it
  'oct-id.csv': csvText([september(2, { signal_id: 'ZV-ZLD-202610-0002' })]),
  'empty.csv': '',
  'columns.csv': 'a,b\n1,2\n',
  'not-cases.json': JSON.stringify({ format: 99, cases: 'none' }),
  'not-json.json': '{ no',
};

/** A run's output: what it said, and the case file it wrote ('' when none). */
type Ran = CliRun & { cases: string };

/** The same command with the history in this thread and in worker threads (the pool; the keys thread, which must say the same as this thread). */
async function bothWays(args: string[]): Promise<[Ran, Ran]> {
  const cwd = fixtureDir(FILES);
  // case files with their history index, as `run` writes them (September, and October itself)
  const month = ['--preset', 'type-medium', '--out'];
  for (const [file, m, out] of [
    ['sep.csv', '2026-09', 'out-sep'],
    ['month.csv', '2026-10', 'out-oct'],
  ] as const)
    if (args.includes(`${out}/cases.json`)) {
      expect((await runCli(['run', file, '--month', m, ...month, out], { cwd })).code).toBe(0);
      expect(historyIndexBeside(join(cwd, out, 'cases.json'))?.month).toBe(m); // read through the index
    }
  const go = async (mode: string) => {
    vi.stubEnv(HISTORY_WORKERS_ENV, mode);
    const out = await runCli([...args, '--out', join(cwd, `out-${mode}`)], { cwd });
    const dir = join(cwd, `out-${mode}`);
    const cases = existsSync(join(dir, 'cases.json')) ? readFileSync(join(dir, 'cases.json'), 'utf8') : '';
    return { ...out, stdout: out.stdout.replaceAll(dir, 'out'), cases };
  };
  const here = await go('never');
  // and by the keys thread (signal files only: with a case file among them, this thread reads them)
  expect(await go('keys')).toEqual(here);
  return [here, await go('always')];
}

const run = ['run', 'month.csv', '--month', '2026-10', '--preset', 'type-medium', '--history'];

describe('run: history in worker threads as in this thread', () => {
  beforeEach(() => {
    expect(existsSync(historyWorkerFile()), 'pnpm build first: the worker threads run dist/').toBe(true);
  });
  afterEach(() => void vi.unstubAllEnvs());

  it('the same summary and output folder', async () => {
    const [here, there] = await bothWays([...run, 'sep.csv', 'sep-again.csv']);
    expect(there).toEqual(here);
    expect(here.code).toBe(0);
    expect(here.stdout).toContain('Geschreven: 2 werklijsten');
  });

  it('case files read through their history index: the same summary and output folder', async () => {
    // bothWays works in a fresh folder of FILES: the case files are written there by runs first
    const [here, there] = await bothWays([
      ...run,
      'moved.csv', // its signal 2 (another household) hides the index's signal 2
      'out-sep/cases.json',
      'out-oct/cases.json', // an index of the month itself: nothing of it is history
    ]);
    // October's own case file is named (since the forty-sixth round), the same with threads and without
    expect(here.stderr).toBe(
      'signaalreis: waarschuwing: out-oct/cases.json is het zaakbestand van 2026-10, niet van een maand vóór 2026-10: geen van de signalen ervan telt als geschiedenis\n',
    );
    expect(there).toEqual(here);
    expect(here.code).toBe(0);
    const [first, second] = await bothWays([...run, 'out-sep/cases.json', 'moved.csv']);
    expect(second).toEqual(first);
    expect(first.cases).not.toEqual(here.cases); // signal 2 of September counts this time
    // October's own index keeps nothing, so it hides nothing of a later file
    const [own, ownThere] = await bothWays([...run, 'out-oct/cases.json', 'oct-id.csv']);
    expect(ownThere).toEqual(own);
    const [alone] = await bothWays([...run, 'oct-id.csv']);
    expect(own.cases).toEqual(alone.cases);
  });

  it.each([
    ['a missing file', ['sep.csv', 'missing.csv', 'not-cases.json'], 'missing.csv'],
    ['an empty file (no header)', ['sep.csv', 'empty.csv'], 'empty.csv'],
    ['a file without the required columns', ['sep.csv', 'columns.csv', 'empty.csv'], 'columns.csv'],
    ['a .json file that is not a case file', ['not-cases.json', 'sep.csv'], 'not-cases.json'],
    ['a .json file that is not JSON', ['sep.csv', 'sep-again.csv', 'not-json.json'], 'not-json.json'],
  ])('%s: the same message, of the first such file', async (_, files, failing) => {
    const [here, there] = await bothWays([...run, ...files]);
    expect(there).toEqual(here);
    expect(here.code).toBe(2);
    expect(here.stderr).toContain(failing);
    for (const other of files.filter((f) => f !== failing && f !== 'sep.csv'))
      expect(here.stderr).not.toContain(other);
  });

  it('a month file that cannot be read fails before any history message', async () => {
    const [here, there] = await bothWays([
      'run',
      'nope.csv',
      '--month',
      '2026-10',
      '--preset',
      'type-medium',
      '--history',
      'missing.csv',
    ]);
    expect(there).toEqual(here);
    expect(here.stderr).toContain('nope.csv');
    expect(here.stderr).not.toContain('missing.csv');
  });
});

describe('startHistoryWorkers', () => {
  const io = (cwd: string): CliIo => ({
    stdout: { write: () => true },
    stderr: { write: () => true },
    cwd,
    today: asIsoDate('2026-11-02'),
  });
  const households = new Set(['7412AB 12', '7412AB 2']);
  /** The history of `files` read in this thread (one sieve) and through `workers` threads. */
  const bothWays = async (files: string[], workers: number) => {
    const cwd = fixtureDir(FILES);
    const here = await loadHistory(io(cwd), files, { month, households });
    const there = await startHistoryWorkers(io(cwd), files, month, { workers }).finish(households);
    return { here, there };
  };

  it.each([1, 2, 3])(
    'with %i worker(s): the entries and notes of loadHistory with a sieve',
    async (workers) => {
      const { here, there } = await bothWays(['sep.csv', 'sep-again.csv', 'sep.csv'], workers);
      expect(there).toEqual(here);
      expect(here.entries.map((e) => e.signalId)).toEqual(['ZV-ZLD-202609-0012', 'ZV-ZLD-202609-0002']);
      expect(here.notes[0]).toBe(
        'sep.csv: signaalbestand, geteld als opgepakt (alleen de rijen van huishoudens met een signaal deze maand gelezen)',
      );
    },
  );

  it.each([1, 2])(
    'with %i worker(s): a signal an earlier file kept for another household hides a later entry',
    async (workers) => {
      const { here, there } = await bothWays(['moved.csv', 'sep.csv', 'sep-again.csv'], workers);
      expect(there).toEqual(here);
      expect(here.entries.map((e) => e.signalId)).toEqual(['ZV-ZLD-202609-0012']);
    },
  );

  it('a worker thread that ends after its first answer: the same Dutch error, not a hang', async () => {
    // answers with the entries, then stops when it is asked about the later file's keys
    const worker = `export default async ({ port, files }) => {
      const next = () => new Promise((done) => port.once('message', done));
      await next();
      const entry = { partnerId: 'P1', signalId: 'S1', householdKey: '7412AB 12' };
      port.postMessage({ results: files.map(({ index }) => ({ ok: true, index, note: '', entries: index === 1 ? [entry] : [] })) });
      await next();
      process.exit(3);
    };\n`;
    const cwd = fixtureDir({ 'second.mjs': worker });
    const reading = startHistoryWorkers(io(cwd), ['a.csv', 'b.csv'], month, {
      workers: 1,
      filename: join(cwd, 'second.mjs'),
    });
    await expect(reading.finish(households)).rejects.toThrow(
      'a.csv, b.csv: het lezen van de geschiedenis in een worker-thread is onverwacht gestopt (exit)',
    );
  });

  it('a worker thread that ends without an answer: a Dutch error, not a hang', async () => {
    const cwd = fixtureDir({ 'exit.mjs': 'export default () => process.exit(3);\n' });
    const reading = startHistoryWorkers(io(cwd), ['sep.csv'], month, { filename: join(cwd, 'exit.mjs') });
    await expect(reading.finish(households)).rejects.toThrow(
      'sep.csv: het lezen van de geschiedenis in een worker-thread is onverwacht gestopt (exit)',
    );
  });

  it('a worker that throws, or cannot be loaded: a Dutch error with the reason', async () => {
    const cwd = fixtureDir({ 'throw.mjs': "export default () => { throw new Error('boem'); };\n" });
    const thrown = startHistoryWorkers(io(cwd), ['a.csv'], month, { filename: join(cwd, 'throw.mjs') });
    await expect(thrown.finish(households)).rejects.toThrow(
      /a\.csv: het lezen .* onverwacht gestopt \(boem\)/,
    );
    const missing = startHistoryWorkers(io(cwd), ['a.csv'], month, { filename: join(cwd, 'none.mjs') });
    await expect(missing.finish(households)).rejects.toThrow(/a\.csv: het lezen .* onverwacht gestopt/);
  });

  it('cancel ends the pool while the workers wait for the households', async () => {
    const cwd = fixtureDir(FILES);
    const reading = startHistoryWorkers(io(cwd), ['sep.csv', 'sep-again.csv'], month);
    await expect(reading.cancel()).resolves.toBeUndefined();
  });
});

describe('historyKeysInThread', () => {
  const quiet = () => ({ cores: 2, load1: 0.2 });
  const busy = () => ({ cores: 2, load1: 0.2, idle: 0 });
  const noMachine = () => {
    throw new Error('the machine is not looked at');
  };

  it('auto (also unset): signal files alone, by their size and a free core; never and always: not', () => {
    const half = 'x'.repeat(HISTORY_WORKER_MIN_BYTES / 2);
    const cwd = fixtureDir({ 'a.csv': half, 'b.csv': half, 'small.csv': 'x', 'big.json': `${half}${half}` });
    for (const auto of [{}, { [HISTORY_WORKERS_ENV]: '' }, { [HISTORY_WORKERS_ENV]: 'auto' }]) {
      expect(historyKeysInThread({ cwd }, ['a.csv', 'b.csv'], auto, quiet)).toBe(true);
      expect(historyKeysInThread({ cwd }, ['a.csv', 'b.csv'], auto, busy)).toBe(false);
      expect(historyKeysInThread({ cwd }, ['a.csv', 'small.csv'], auto, noMachine)).toBe(false);
      expect(historyKeysInThread({ cwd }, ['a.csv', 'big.json'], auto, noMachine)).toBe(false);
      expect(historyKeysInThread({ cwd }, [], auto, noMachine)).toBe(false);
    }
    const mode = (m: string) => ({ [HISTORY_WORKERS_ENV]: m });
    for (const m of ['never', 'always'])
      expect(historyKeysInThread({ cwd }, ['a.csv', 'b.csv'], mode(m), noMachine)).toBe(false);
    // keys: any signal files, whatever their size and the machine (and no pool)
    expect(historyKeysInThread({ cwd }, ['small.csv'], mode('keys'), noMachine)).toBe(true);
    expect(historyKeysInThread({ cwd }, ['small.csv', 'big.json'], mode('keys'), noMachine)).toBe(false);
    expect(historyInWorkers({ cwd }, ['small.csv', 'big.json'], mode('keys'), noMachine)).toBe(false);
  });

  it('auto: not above HISTORY_KEYS_MAX_BYTES (the thread holds the lines it has not checked yet)', () => {
    const cwd = fixtureDir({ 'a.csv': 'x'.repeat(HISTORY_WORKER_MIN_BYTES) });
    expect(historyKeysInThread({ cwd }, ['a.csv'], {}, quiet)).toBe(true);
    truncateSync(join(cwd, 'a.csv'), HISTORY_KEYS_MAX_BYTES + 1); // sparse: no disk
    expect(historyKeysInThread({ cwd }, ['a.csv'], {}, quiet)).toBe(false);
    expect(historyKeysInThread({ cwd }, ['a.csv'], { [HISTORY_WORKERS_ENV]: 'keys' }, noMachine)).toBe(true);
  });
});

describe('historyInWorkers', () => {
  const quiet = () => ({ cores: 2, load1: 0.2 });
  const noMachine = () => {
    throw new Error('the machine is not looked at');
  };

  it('auto (also unset): by the size of the files and a free core; always; never', () => {
    const cwd = fixtureDir({ 'small.csv': 'x', 'big.json': 'x'.repeat(HISTORY_WORKER_MIN_BYTES) });
    const io = { cwd };
    for (const auto of [{}, { [HISTORY_WORKERS_ENV]: '' }, { [HISTORY_WORKERS_ENV]: 'auto' }]) {
      expect(historyInWorkers(io, ['small.csv', 'big.json'], auto, quiet)).toBe(true);
      expect(historyInWorkers(io, ['small.csv'], auto, noMachine)).toBe(false);
      expect(historyInWorkers(io, ['small.csv', 'missing.json'], auto, noMachine)).toBe(false);
      expect(historyInWorkers(io, [], auto, noMachine)).toBe(false);
    }
    const never = { [HISTORY_WORKERS_ENV]: 'never' };
    expect(historyInWorkers(io, ['big.csv'], never, noMachine)).toBe(false);
    const always = { [HISTORY_WORKERS_ENV]: 'always' };
    expect(historyInWorkers(io, ['small.csv', 'missing.csv'], always, noMachine)).toBe(true);
    expect(historyInWorkers(io, [], always, noMachine)).toBe(false);
  });

  it('auto: signal files alone in threads only from HISTORY_SIGNAL_FILES_FOR_THREADS files on', () => {
    const big = 'x'.repeat(HISTORY_WORKER_MIN_BYTES);
    const cwd = fixtureDir({ 'big.csv': big, 'other.csv': 'x', 'cases.json': 'x' });
    const csv = (n: number) => ['big.csv', ...Array.from({ length: n - 1 }, () => 'other.csv')];
    const n = HISTORY_SIGNAL_FILES_FOR_THREADS;
    expect(n).toBeGreaterThan(2); // the 100k month's two files: the command's thread
    expect(historyInWorkers({ cwd }, csv(n - 1), {}, noMachine)).toBe(false);
    expect(historyInWorkers({ cwd }, csv(n), {}, quiet)).toBe(true);
    expect(historyInWorkers({ cwd }, ['cases.json', 'big.csv'], {}, quiet)).toBe(true); // a case file among them
    expect(historyInWorkers({ cwd }, csv(2), { [HISTORY_WORKERS_ENV]: 'always' }, noMachine)).toBe(true);
  });

  it('auto: not on a busy machine or a single core (always: whatever the machine)', () => {
    const cwd = fixtureDir({ 'big.json': 'x'.repeat(HISTORY_WORKER_MIN_BYTES) });
    const on = (cores: number, load1: number, env = {}) =>
      historyInWorkers({ cwd }, ['big.json'], env, () => ({ cores, load1 }));
    expect(on(2, 0)).toBe(true);
    expect(on(2, 1)).toBe(true);
    expect(on(2, 1.01)).toBe(false);
    expect(on(2, 6.5)).toBe(false);
    expect(on(1, 0)).toBe(false);
    expect(on(8, 6.9)).toBe(true);
    expect(on(8, 7.5)).toBe(false);
    expect(on(1, 9, { [HISTORY_WORKERS_ENV]: 'always' })).toBe(true);
  });

  it('coreFree: at least 2 cores and a load average of at most cores − 1; machineLoad reads this machine', () => {
    expect(coreFree({ cores: 2, load1: 0.99 })).toBe(true);
    expect(coreFree({ cores: 2, load1: 1.5 })).toBe(false);
    expect(coreFree({ cores: 1, load1: 0 })).toBe(false);
    const here = machineLoad();
    expect(here.cores).toBeGreaterThanOrEqual(1);
    expect(here.load1).toBeGreaterThanOrEqual(0);
  });

  it('machineLoad measures the idle cores since a sample 150 ms back (where the system counts CPU time)', async () => {
    const before = cpuSample();
    await new Promise((done) => setTimeout(done, 150));
    const idle = machineLoad(before).idle;
    if (cpus().some((c) => c.times.idle > 0)) {
      expect(idle).toBeGreaterThanOrEqual(0);
      expect(idle).toBeLessThanOrEqual(cpus().length + 0.2);
    } else expect(idle).toBeUndefined();
  });

  it('coreFree: measured idle cores go before the load average (runs back to back raise it)', () => {
    expect(coreFree({ cores: 2, load1: 1.6, idle: 0.9 })).toBe(true);
    expect(coreFree({ cores: 2, load1: 1.6, idle: IDLE_CORES_FOR_THREADS })).toBe(true);
    expect(coreFree({ cores: 2, load1: 0.2, idle: IDLE_CORES_FOR_THREADS - 0.01 })).toBe(false);
    expect(coreFree({ cores: 2, load1: 0.2, idle: 0.63 })).toBe(true); // a quiet 2-core machine, measured
    expect(coreFree({ cores: 2, load1: 0.2, idle: 0 })).toBe(false);
    expect(coreFree({ cores: 1, load1: 0, idle: 0.9 })).toBe(false);
    const cwd = fixtureDir({ 'big.json': 'x'.repeat(HISTORY_WORKER_MIN_BYTES) });
    expect(historyInWorkers({ cwd }, ['big.json'], {}, () => ({ cores: 2, load1: 1.4, idle: 0.97 }))).toBe(
      true,
    );
    expect(historyInWorkers({ cwd }, ['big.json'], {}, () => ({ cores: 2, load1: 0.1, idle: 0.05 }))).toBe(
      false,
    );
  });

  it('idleCores: idle time over wall time, from IDLE_WINDOW_MS on; nothing where it cannot be told', () => {
    expect(idleCores({ at: 0, idle: 1000 }, { at: 400, idle: 1380 })).toBeCloseTo(0.95);
    expect(idleCores({ at: 10, idle: 5 }, { at: 10 + IDLE_WINDOW_MS, idle: 5 + 2 * IDLE_WINDOW_MS })).toBe(2);
    expect(idleCores({ at: 0, idle: 1000 }, { at: IDLE_WINDOW_MS - 1, idle: 1040 })).toBeUndefined();
    expect(idleCores({ at: 0, idle: 0 }, { at: 500, idle: 0 })).toBeUndefined(); // no CPU times
    expect(idleCores({ at: 0, idle: 1000 }, { at: 500, idle: 900 })).toBeUndefined(); // went back
    expect(idleCores({ at: 0, idle: 1000 }, { at: Number.NaN, idle: 1400 })).toBeUndefined();
  });

  test.prop([
    fc.double({ min: 0, max: 1e6, noNaN: true }),
    fc.double({ min: 0, max: 1e4, noNaN: true }),
    fc.nat(1e7),
    fc.nat(1e5),
  ])(
    'idleCores is never negative, and is the idle share of the wall time whenever it answers',
    (at, ms, idle, more) => {
      const got = idleCores({ at, idle }, { at: at + ms, idle: idle + more });
      const wall = at + ms - at; // as the sum rounds it
      if (wall < IDLE_WINDOW_MS || idle + more === 0) expect(got).toBeUndefined();
      else expect(got).toBeCloseTo(more / wall, 6);
    },
  );

  it('refuses an unknown value with a Dutch error (English on request), and reads empty as unset', () => {
    const cwd = fixtureDir({ 'big.json': 'x'.repeat(HISTORY_WORKER_MIN_BYTES), 'big.csv': 'x' });
    expect(() => historyInWorkers({ cwd }, ['big.csv'], { [HISTORY_WORKERS_ENV]: 'on' })).toThrow(
      new CliUserError(
        'SIGNAALREIS_HISTORY_WORKERS="on" is onbekend: gebruik always, auto, keys, never (of laat de variabele leeg)',
      ),
    );
    expect(() =>
      historyInWorkers({ cwd, lang: 'en' }, ['big.csv'], { [HISTORY_WORKERS_ENV]: 'Always' }),
    ).toThrow(/"Always" is unknown: use always, auto, keys, never/);
    expect(
      historyInWorkers({ cwd }, ['big.json'], { [HISTORY_WORKERS_ENV]: '' }, () => ({ cores: 1, load1: 0 })),
    ).toBe(false);
  });

  it('signaalreis run with an unknown value stops with exit 2 before reading anything', async () => {
    vi.stubEnv(HISTORY_WORKERS_ENV, 'yes');
    try {
      const dir = fixtureDir({});
      const EXAMPLE = exampleSignals('2026-10');
      const r = await runCli([
        'run',
        EXAMPLE,
        '--month',
        '2026-10',
        '--preset',
        'type-medium',
        '--history',
        EXAMPLE,
        '--out',
        join(dir, 'out'),
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('SIGNAALREIS_HISTORY_WORKERS="yes" is onbekend');
      expect(existsSync(join(dir, 'out'))).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
