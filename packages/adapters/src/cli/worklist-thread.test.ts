// `run`'s worklist thread (worklist-thread.ts, worklist-worker.ts): the files it writes into a
// swapped-in output folder are byte for byte those the command's own thread writes by their pieces —
// for the example month in both languages and dialects, for any small month with explanation texts
// that fight for few slots or exceed the budget — and a thread that cannot start, a file that cannot
// be created and a write given up are handled. Needs the build (dist/cli/worklist-worker.js).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { asIsoDate, asIsoMonth, type PlannedMonth } from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { beforeAll, describe, expect, it } from 'vitest';
import { historyArb, signalsArb } from '../cases/months.test-support';
import { okValue } from '../csv/fixtures.test-support';
import { importSignalsCsv } from '../csv/import-signals';
import type { CsvDialect } from '../output/csv-writer';
import { writeOutputFolder } from '../output/output-folder';
import { threadedOf } from '../output/threaded-files';
import { collectIfLarge } from './batch-heap';
import { CliUserError } from './io';
import {
  WORKLIST_THREAD_ENV,
  WORKLIST_THREAD_MIN_ROWS,
  type WorklistFileOptions,
  type WorklistThreadGroup,
  type WorklistThreadTuning,
  worklistFiles,
  worklistInThread,
  worklistWorkerFile,
} from './worklist-thread';

const month = asIsoMonth('2026-10');
const temp = () => mkdtempSync(join(tmpdir(), 'signaalreis-worklist-thread-'));

/** The files of a folder, by name, as text. */
const contents = (dir: string) =>
  new Map(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'utf8')] as const));

/** Writes `m`'s worklists into a fresh folder, in the thread or not; the folder's files and the manifest's list. */
function written(
  m: PlannedMonth,
  o: WorklistFileOptions,
  inThread: boolean,
  tuning: WorklistThreadTuning = {},
) {
  const files = worklistFiles(m, o, () => inThread, tuning);
  const group = threadedOf([...files.values()][0] as () => Iterable<string>) as
    | WorklistThreadGroup
    | undefined;
  expect(group !== undefined).toBe(inThread && files.size > 0);
  const dir = join(temp(), 'out');
  const w = okValue(
    writeOutputFolder(
      dir,
      [...files].map(([name, data]) => ({ name, data })),
    ),
  );
  expect(w.mode).toBe('swapped');
  const all = contents(dir);
  all.delete('manifest.json');
  return { files: all, written: w.written, here: group?.here ?? files.size };
}

/** The files written by the thread (or, `fallback`, by this thread after all) are those written by their pieces. */
function expectSame(
  m: PlannedMonth,
  o: WorklistFileOptions,
  tuning: WorklistThreadTuning = {},
  fallback = false,
) {
  const here = written(m, o, false);
  const there = written(m, o, true, tuning);
  expect(there.files).toEqual(here.files);
  expect(there.written).toEqual(here.written);
  expect(there.here, 'files written by this thread, not the worker').toBe(fallback ? here.files.size : 0);
  return here.files;
}

/** A month of its own whose worklists a thread wrote into a fresh folder: only a weak reference to it is kept. */
async function writtenMonth(tuning: WorklistThreadTuning): Promise<WeakRef<PlannedMonth>> {
  const csv = readFileSync(new URL('../../../../examples/data/signals-2026-10.csv', import.meta.url));
  const { accepted } = okValue(await importSignalsCsv(csv, { today: asIsoDate('2026-11-01') }));
  const m = okValue(
    await runPresetMonth(okValue(municipalityPreset('type-medium')), { month, signals: accepted }),
  );
  const files = worklistFiles(m, { lang: 'nl' }, () => true, tuning);
  const dir = join(temp(), 'out');
  const w = okValue(
    writeOutputFolder(
      dir,
      [...files].map(([name, data]) => ({ name, data })),
    ),
  );
  expect(w.written.length).toBeGreaterThan(3);
  return new WeakRef(m);
}

let example: PlannedMonth;
beforeAll(async () => {
  expect(existsSync(worklistWorkerFile()), 'pnpm build first: the worklist thread runs dist/').toBe(true);
  const csv = readFileSync(new URL('../../../../examples/data/signals-2026-10.csv', import.meta.url));
  const { accepted } = okValue(await importSignalsCsv(csv, { today: asIsoDate('2026-11-01') }));
  example = okValue(
    await runPresetMonth(okValue(municipalityPreset('type-medium')), { month, signals: accepted }),
  );
});

describe('the worklists written by a thread', () => {
  it('are the bytes written by their pieces: the example month, both languages and dialects', () => {
    for (const lang of ['nl', 'en'] as const)
      for (const dialect of ['rfc4180', 'excel-nl'] as CsvDialect[]) {
        const files = expectSame(example, {
          lang,
          dialect,
          ...(lang === 'nl' ? { headers: { case_id: 'Casus' } } : {}),
        });
        expect(files.size).toBeGreaterThan(3);
      }
  });

  it('are the same bytes when texts fight for two slots, or none may be kept', () => {
    expectSame(example, { lang: 'nl' }, { textSlots: 2 });
    expectSame(example, { lang: 'en' }, { textSlots: 3, textChars: 2_000 });
    expectSame(example, { lang: 'nl' }, { textChars: 0 });
  });

  test.prop([signalsArb, historyArb, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 3_000 })], {
    numRuns: 12,
  })(
    'are the bytes written by their pieces for any month, slots and budget',
    async (signals, history, textSlots, textChars) => {
      const m = okValue(
        await runPresetMonth(okValue(municipalityPreset('type-large')), { month, signals, history }),
      );
      expectSame(m, { lang: 'nl' }, { textSlots, textChars });
    },
  );

  it('are written by this thread when the worker cannot start (after the stall)', () => {
    const files = expectSame(
      example,
      { lang: 'nl' },
      { workerFile: join(temp(), 'no-such-worker.js'), stallMs: 300 },
      true,
    );
    expect(files.size).toBeGreaterThan(3);
  });

  it("give the file system's error (a file already there) as the error of the write", () => {
    const files = worklistFiles(example, { lang: 'nl' }, () => true);
    const names = [...files.keys()];
    const group = threadedOf(files.get(names[0] as string) as () => Iterable<string>);
    if (!group) throw new Error('no thread');
    const dir = temp();
    writeFileSync(join(dir, names[1] as string), 'in the way');
    group.start(dir, names);
    let error: unknown;
    try {
      group.finish(names[0] as string);
    } catch (e) {
      error = e;
    }
    expect((error as NodeJS.ErrnoException).code).toBe('EEXIST');
    group.abort();
  });

  it('let go of the month once its folder is written, while the thread has not yet exited', async () => {
    // a worker that writes the worklists, then stays a while: its Worker object lives on meanwhile
    const staying = join(temp(), 'staying-worker.mjs');
    writeFileSync(
      staying,
      `import ${JSON.stringify(pathToFileURL(worklistWorkerFile()).href)};\nsetTimeout(() => {}, 3000);\n`,
    );
    const month = await writtenMonth({ workerFile: staying });
    await new Promise((r) => setTimeout(r, 50)); // a WeakRef holds its target until the task ends
    expect(collectIfLarge(0)).toBe(true);
    expect(month.deref(), "the month is still held (by the thread's listeners)").toBeUndefined();
  });

  it('stop writing when the write is given up', async () => {
    const files = worklistFiles(example, { lang: 'nl' }, () => true);
    const names = [...files.keys()];
    const group = threadedOf(files.get(names[0] as string) as () => Iterable<string>);
    if (!group) throw new Error('no thread');
    const dir = join(temp(), 'staging');
    mkdirSync(dir);
    group.start(dir, names);
    group.abort();
    const seen = readdirSync(dir).map((n) => [n, readFileSync(join(dir, n)).length]);
    await new Promise((r) => setTimeout(r, 300));
    expect(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n)).length])).toEqual(seen);
  });
});

describe('whether run writes the worklists in a thread', () => {
  const io = { lang: 'nl' as const };
  it('auto: from WORKLIST_THREAD_MIN_ROWS rows on, with a second core', () => {
    expect(worklistInThread(io, WORKLIST_THREAD_MIN_ROWS, {}, 2)).toBe(true);
    expect(worklistInThread(io, WORKLIST_THREAD_MIN_ROWS - 1, {}, 2)).toBe(false);
    expect(worklistInThread(io, WORKLIST_THREAD_MIN_ROWS, {}, 1)).toBe(false);
    expect(worklistInThread(io, WORKLIST_THREAD_MIN_ROWS, { [WORKLIST_THREAD_ENV]: '' }, 2)).toBe(true);
  });
  it('always and never', () => {
    expect(worklistInThread(io, 1, { [WORKLIST_THREAD_ENV]: 'always' }, 1)).toBe(true);
    expect(worklistInThread(io, 0, { [WORKLIST_THREAD_ENV]: 'always' }, 2)).toBe(false);
    expect(worklistInThread(io, 10 ** 6, { [WORKLIST_THREAD_ENV]: 'never' }, 8)).toBe(false);
  });
  it('an unknown value is a Dutch error naming the values', () => {
    expect(() => worklistInThread(io, 1, { [WORKLIST_THREAD_ENV]: 'sometimes' }, 2)).toThrow(CliUserError);
    expect(() => worklistInThread(io, 1, { [WORKLIST_THREAD_ENV]: 'sometimes' }, 2)).toThrow(
      /SIGNAALREIS_WORKLIST_THREAD="sometimes" is onbekend: gebruik always, auto, never/,
    );
  });
});
