// The history index beside a case file is read only while the folder's manifest vouches for both
// files exactly as they are; in every other case the case file is read, and the month decides the
// same either way (issue 14, the year).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asIsoMonth } from '@signaalreis/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { historyFromCaseFileText } from '../cases/case-file-lines';
import { HISTORY_INDEX_FILE } from '../cases/history-index';
import { vouchFor } from './case-folder.test-support';
import { csvText, fixtureDir, row, runCli, runExampleMonth } from './cli-test-kit';
import { loadHistory } from './history';
import { historyIndexBeside, historyIndexLinesBeside } from './history-index-file';
import { HISTORY_WORKERS_ENV, historyWorkerFile, startHistoryWorkers } from './history-pool';
import { EXAMPLE_DATA } from './output-digest.test-support';

let root: string;
let august: string; // the output folder of August, as `run` wrote it

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'signaalreis-history-index-'));
  august = join(root, 'august');
  await runExampleMonth('2026-08', august);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of August's folder, changed by `change`. */
function copy(name: string, change: (dir: string) => void): string {
  const dir = join(root, name);
  cpSync(august, dir, { recursive: true });
  change(dir);
  return dir;
}

describe('historyIndexBeside', () => {
  it("gives the case file's history when the manifest vouches for both", () => {
    const fromCases = historyFromCaseFileText(readFileSync(join(august, 'cases.json'), 'utf8'));
    expect(fromCases?.ok).toBe(true);
    const indexed = historyIndexBeside(join(august, 'cases.json'));
    expect(indexed?.entries.length).toBeGreaterThan(0);
    expect(indexed).toStrictEqual({
      month: '2026-08',
      entries: fromCases?.ok ? fromCases.value.entries : undefined,
    });
  });

  const append = (file: string) => (dir: string) => writeFileSync(join(dir, file), '\n', { flag: 'a' });
  const cases: Record<string, (dir: string) => void> = {
    'the case file changed since (feedback, an edit)': append('cases.json'),
    'the index changed since': append(HISTORY_INDEX_FILE),
    'the index missing': (dir) => rmSync(join(dir, HISTORY_INDEX_FILE)),
    'the manifest missing': (dir) => rmSync(join(dir, 'manifest.json')),
    'a manifest that is not one': (dir) => writeFileSync(join(dir, 'manifest.json'), '{"files": []}'),
    'a manifest that does not list the index': (dir) => {
      const path = join(dir, 'manifest.json');
      const m = JSON.parse(readFileSync(path, 'utf8')) as { files: { name: string }[] };
      m.files = m.files.filter((f) => f.name !== HISTORY_INDEX_FILE);
      writeFileSync(path, JSON.stringify(m));
    },
    'the index a link to a valid index': (dir) => {
      const other = join(dir, 'elsewhere.json');
      cpSync(join(dir, HISTORY_INDEX_FILE), other);
      rmSync(join(dir, HISTORY_INDEX_FILE));
      symlinkSync(other, join(dir, HISTORY_INDEX_FILE));
    },
    'an index vouched for but not valid (an amount of 0.5)': (dir) => {
      const path = join(dir, HISTORY_INDEX_FILE);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/,(\d+),(true|false),/, ',0.5,$2,'));
      vouchFor(dir, HISTORY_INDEX_FILE);
    },
    'an index vouched for but not UTF-8': (dir) => {
      const path = join(dir, HISTORY_INDEX_FILE);
      const bytes = readFileSync(path);
      writeFileSync(path, Buffer.concat([bytes.subarray(0, 100), Buffer.from([0xff]), bytes.subarray(100)]));
      vouchFor(dir, HISTORY_INDEX_FILE);
    },
  };
  for (const [name, change] of Object.entries(cases))
    it(`reads the case file instead when ${name}`, () => {
      const dir = copy(name.replace(/\W+/g, '-'), change);
      expect(historyIndexBeside(join(dir, 'cases.json'))).toBeUndefined();
    });

  it('is not asked of the index itself, and reads an index vouched for after a change', () => {
    expect(historyIndexBeside(join(august, HISTORY_INDEX_FILE))).toBeUndefined();
    // the same entries with one signal's reached status changed, the manifest brought up to date:
    // what the manifest vouches for is read (it records what was written, it is not a signature)
    const dir = copy('vouched', (d) => {
      const path = join(d, HISTORY_INDEX_FILE);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/,(true|false),null\]/, ',$1,true]'));
      vouchFor(d, HISTORY_INDEX_FILE);
    });
    expect(historyIndexBeside(join(dir, 'cases.json'))?.entries.some((e) => e.reached === true)).toBe(true);
  });

  it('reads an index that is not all ASCII as UTF-8', () => {
    const dir = copy('utf8', (d) => {
      const path = join(d, HISTORY_INDEX_FILE);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\n\["([^"]+)"/, '\n["$1-ë€"'));
      vouchFor(d, HISTORY_INDEX_FILE);
    });
    expect(historyIndexBeside(join(dir, 'cases.json'))?.entries[0]?.signalId).toMatch(/-ë€$/);
  });
});

/** `run` of September with the case file in `history` as its history, into `<root>/<out>`. */
const september = (history: string, out: string) =>
  runCli([
    'run',
    join(EXAMPLE_DATA, 'signals-2026-09.csv'),
    '--month',
    '2026-09',
    '--preset',
    'type-medium',
    '--history',
    join(history, 'cases.json'),
    '--out',
    join(root, out),
  ]);

/** Expects the runs into `<root>/<a>` and `<root>/<b>` to have written the same files. */
function expectSameFiles(a: string, b: string): void {
  for (const file of ['cases.json', HISTORY_INDEX_FILE, 'capacity.csv'])
    expect(readFileSync(join(root, a, file), 'utf8'), file).toBe(readFileSync(join(root, b, file), 'utf8'));
}

describe('run with a case file as history', () => {
  it('decides the same from the index as from the case file, and says the same', async () => {
    const withoutIndex = copy('no-index', (dir) => rmSync(join(dir, HISTORY_INDEX_FILE)));
    const a = await september(august, 'sept-indexed');
    const b = await september(withoutIndex, 'sept-cases');
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const same = (text: string) => text.replaceAll(august, '<aug>').replaceAll(withoutIndex, '<aug>');
    expect(same(a.stdout).replaceAll('sept-indexed', '<out>')).toBe(
      same(b.stdout).replaceAll('sept-cases', '<out>'),
    );
    expectSameFiles('sept-indexed', 'sept-cases');
  }, 60_000);

  // the index is taken apart into its lines and an entry parsed when its household has a signal in
  // the month (history-index-lines.ts): one not valid then means the case file, in a thread or not
  for (const threads of ['always', 'never'])
    it(`reads the case file when an entry of the month's households is not valid (threads: ${threads})`, async () => {
      vi.stubEnv(HISTORY_WORKERS_ENV, threads);
      try {
        expect(existsSync(historyWorkerFile()), 'pnpm build first: the worker threads run dist/').toBe(true);
        const damaged = copy(`damaged-${threads}`, (dir) => {
          const path = join(dir, HISTORY_INDEX_FILE);
          // every amount a fraction: each entry not valid, its line still taken apart
          writeFileSync(path, readFileSync(path, 'utf8').replace(/,(\d+),(true|false),/g, ',0.5,$2,'));
          vouchFor(dir, HISTORY_INDEX_FILE);
        });
        expect(historyIndexLinesBeside(join(damaged, 'cases.json'))?.entries()).toBeUndefined();
        const withoutIndex = copy(`no-index-${threads}`, (dir) => rmSync(join(dir, HISTORY_INDEX_FILE)));
        const a = await september(damaged, `sept-damaged-${threads}`);
        const b = await september(withoutIndex, `sept-cases-${threads}`);
        expect(a.code, a.stderr).toBe(0);
        expect(b.code, b.stderr).toBe(0);
        expectSameFiles(`sept-damaged-${threads}`, `sept-cases-${threads}`);
      } finally {
        vi.unstubAllEnvs();
      }
    }, 60_000);
});

describe('run reading an index in a worker thread', () => {
  it("hides a later file's entry with the key of an entry of another household (the question answered from the index's lines)", async () => {
    expect(existsSync(historyWorkerFile()), 'pnpm build first: the worker threads run dist/').toBe(true);
    const october = asIsoMonth('2026-10');
    const first = historyIndexBeside(join(august, 'cases.json'))?.entries[0];
    if (!first) throw new Error('no entry in August');
    // September's file: August's first signal again (partner and id), of a household August had not
    const moved = row({
      signal_id: first.signalId,
      partner_id: first.partnerId,
      sector: first.sector,
      postcode: '7412AB',
      house_number: '1',
      signal_date: '2026-09-24',
    });
    const cwd = fixtureDir({ 'september.csv': csvText([moved]) });
    const files = [join(august, 'cases.json'), 'september.csv'];
    const households = new Set(['7412AB 1']); // not August's household: only a question tells
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd };
    const here = await loadHistory(io, files, { month: october, households });
    const there = await startHistoryWorkers(io, files, october, { workers: 2 }).finish(households);
    expect(there.entries).toEqual(here.entries);
    // September's entry is hidden by August's
    expect(here.entries.some((e) => e.signalId === first.signalId)).toBe(false);
  }, 60_000);
});

describe('history threads given the households as the month is read (hints)', () => {
  /**
   * August's case file read by a history thread told `hinted` as the month is read, finished with
   * `households`: the history it gives, and what the command's thread reads itself.
   */
  async function hinted(
    pick: (keys: string[]) => { hinted: string[]; households: Set<string> },
    hintBatch: number,
  ) {
    expect(existsSync(historyWorkerFile()), 'pnpm build first: the worker threads run dist/').toBe(true);
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: root };
    const files = [join(august, 'cases.json')];
    const october = asIsoMonth('2026-10');
    const keys = [...new Set(historyIndexBeside(files[0] as string)?.entries.map((e) => e.householdKey))];
    const { hinted, households } = pick(keys);
    const reading = startHistoryWorkers(io, files, october, { hintBatch });
    for (const h of hinted) reading.hint(h);
    const there = await reading.finish(households);
    const here = await loadHistory(io, files, { month: october, households });
    return { there: there.entries, here: here.entries };
  }

  for (const hintBatch of [1, 7])
    it(`give the same history with the index lines parsed ahead (batches of ${hintBatch})`, async () => {
      const { there, here } = await hinted((keys) => {
        // every other household of August's, and one it does not have
        const households = new Set([...keys.filter((_, i) => i % 2 === 0), '7412AB 1']);
        return { hinted: [...households], households };
      }, hintBatch);
      expect(there.length).toBeGreaterThan(0);
      expect(there).toEqual(here);
    }, 60_000);

  it('give the history of the households given at the end, though others were hinted too', async () => {
    // every household hinted, half of them not among the month's in the end
    const { there, here } = await hinted(
      (keys) => ({ hinted: keys, households: new Set(keys.filter((_, i) => i % 2 === 0)) }),
      2,
    );
    expect(there.length).toBeGreaterThan(0);
    expect(there).toEqual(here);
  }, 60_000);
});
