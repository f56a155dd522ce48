// `run` reads its history signal files in a thread beside the month's file (issue 14, fourteenth
// round, history-keys.ts): the thread checks a row as soon as its household is known to be among the
// month's, out of file order. The history `run` keeps must still be exactly what one sieve of the
// month's households over every file read whole keeps — whatever the ids (the same id twice, of two
// partners, across files), rows that are rejected, lines with a quote, and whenever the households
// come. The thread's way needs the build (dist/cli/history-keys-worker.js).
import { existsSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import {
  asIsoDate,
  asIsoMonth,
  type HistoryEntry,
  historyFromSignals,
  historySieve,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { csvText, fixtureDir, row } from './cli-test-kit';
import { loadHistory } from './history';
import { HistoryLineChecker } from './history-keys';
import { historyKeysWorkerFile, startHistoryKeys } from './history-keys-thread';
import type { CliIo } from './io';
import { loadSignals } from './load-signals';

const month = asIsoMonth('2026-10');
const io = (cwd: string): CliIo => ({
  stdout: { write: () => true },
  stderr: { write: () => true },
  cwd,
  today: asIsoDate('2026-11-02'),
});

// few ids, partners and households, so that they meet; dates of history, of the month, and none
const historyRow = fc
  .record({
    id: fc.integer({ min: 1, max: 4 }),
    partner: fc.constantFrom('ZV-A', 'ZV-A', 'EN-B'),
    house: fc.integer({ min: 1, max: 5 }),
    postcode: fc.constantFrom('7412AB', '7412AB', '7412 ab', ''),
    date: fc.constantFrom('2026-08-20', '2026-09-24', '2026-09-24', '2026-10-05', '2026-09-31'),
    quoted: fc.integer({ min: 0, max: 9 }),
  })
  .map((r) =>
    row({
      signal_id: `S${r.id}`,
      partner_id: r.partner,
      postcode: r.postcode,
      house_number: String(r.house),
      signal_date: r.date,
      arrear_since: '2026-07-01',
      city: r.quoted === 0 ? 'Voorbeeld, stad' : 'Voorbeeldstad', // a quote in the line
    }),
  );
const files = fc.array(fc.array(historyRow, { maxLength: 8 }), { minLength: 1, maxLength: 3 });
const HOUSES = [1, 2, 3, 4, 5].map((h) => `7412AB ${h}`);
const households = fc.subarray(HOUSES).map((hs) => new Set(hs));
// which of them are told before each file is read (the rest when all are)
const told = fc.array(fc.subarray(HOUSES), { minLength: 3, maxLength: 3 });

function write(rows: ReturnType<typeof row>[][]): { cwd: string; names: string[] } {
  const names = rows.map((_, i) => `h${i}.csv`);
  const cwd = fixtureDir(Object.fromEntries(rows.map((r, i) => [names[i], csvText(r)])));
  return { cwd, names };
}

/** What one sieve of the households over every file read whole keeps. */
async function whole(cwd: string, names: string[], hs: ReadonlySet<string>): Promise<HistoryEntry[]> {
  const sieve = historySieve(month, hs);
  for (const f of names)
    for (const e of historyFromSignals((await loadSignals(io(cwd), f)).signals)) sieve.add(e);
  return [...sieve.entries];
}

test.prop([files, households, told], { numRuns: 300 })(
  'read by the checker while the households come: the entries of one sieve over every file read whole',
  async (rows, hs, early) => {
    const { cwd, names } = write(rows);
    const checker = new HistoryLineChecker(io(cwd).today);
    for (const [i, name] of names.entries()) {
      // (households told early that are not the month's would be a bug of the caller: only theirs)
      checker.hint((early[i] ?? []).filter((h) => hs.has(h)));
      await checker.read(io(cwd), name);
    }
    const keyed = checker.finish(hs);
    const got = await loadHistory(io(cwd), names, { month, households: hs, ...(keyed ? { keyed } : {}) });
    expect(got.entries).toEqual(await whole(cwd, names, hs));
    expect(got.notes).toEqual((await loadHistory(io(cwd), names, { month, households: hs })).notes);
  },
);

/** A plain history row of household `house` at 7412AB. */
const plain = (id: string, house: string, partner = 'ZV-A') =>
  row({
    signal_id: id,
    partner_id: partner,
    postcode: '7412AB',
    house_number: house,
    signal_date: '2026-09-24',
  });

describe('HistoryLineChecker: files it leaves to the command’s thread', () => {
  const finish = async (rows: ReturnType<typeof row>[], hs: string[]) => {
    const { cwd, names } = write([rows]);
    const checker = new HistoryLineChecker(io(cwd).today);
    checker.hint(hs.slice(0, 1));
    await checker.read(io(cwd), names[0] as string);
    return checker.finish(new Set(hs))?.[0];
  };

  it('a plain file: its entries of the households in file order (checked out of it), the others not looked at', async () => {
    const keyed = await finish(
      [plain('S3', '2'), plain('S1', '1'), plain('S2', '3'), plain('S4', '1')],
      ['7412AB 2', '7412AB 1'],
    );
    expect(keyed?.map((e) => e.signalId)).toEqual(['S3', 'S1', 'S4']);
  });

  it('two accepted rows with one id (which one counts depends on the order): left', async () => {
    expect(await finish([plain('S1', '1'), plain('S1', '2')], ['7412AB 2', '7412AB 1'])).toBeUndefined();
  });

  it('an accepted row with the id of an unchecked one: left', async () => {
    expect(await finish([plain('S1', '3'), plain('S1', '1')], ['7412AB 1'])).toBeUndefined();
  });

  it('a line with a quote (the reader checks it in order): left', async () => {
    const quoted = row({
      signal_id: 'S9',
      partner_id: 'ZV-A',
      postcode: '7412AB',
      house_number: '1',
      city: 'A, B',
    });
    expect(await finish([plain('S1', '1'), quoted], ['7412AB 1'])).toBeUndefined();
  });

  it('a rejected row of the households is no entry; one of another household is not looked at', async () => {
    const bad = row({
      signal_id: 'S7',
      partner_id: 'ZV-A',
      postcode: '7412AB',
      house_number: '1',
      signal_date: '2026-09-31',
    });
    const keyed = await finish([bad, plain('S1', '1'), plain('S8', '4')], ['7412AB 1']);
    expect(keyed?.map((e) => e.signalId)).toEqual(['S1']);
  });

  it('an entry of a later file with the partner and id of an unchecked row (which would hide it): left', async () => {
    const { cwd, names } = write([[plain('S1', '3')], [plain('S1', '1')]]);
    const checker = new HistoryLineChecker(io(cwd).today);
    for (const name of names) await checker.read(io(cwd), name);
    expect(checker.finish(new Set(['7412AB 1']))).toBeUndefined();
    // another partner's S1 hides nothing
    const other = write([[plain('S1', '3', 'EN-B')], [plain('S1', '1')]]);
    const again = new HistoryLineChecker(io(other.cwd).today);
    for (const name of other.names) await again.read(io(other.cwd), name);
    expect(again.finish(new Set(['7412AB 1']))?.map((f) => f.length)).toEqual([0, 1]);
  });

  it('a file that cannot be read (missing, no header): left, for the command’s thread to say why', async () => {
    const cwd = fixtureDir({ 'empty.csv': '', 'h.csv': csvText([plain('S1', '1')]) });
    for (const bad of ['missing.csv', 'empty.csv']) {
      const checker = new HistoryLineChecker(io(cwd).today);
      await checker.read(io(cwd), 'h.csv');
      await checker.read(io(cwd), bad);
      expect(checker.finish(new Set(['7412AB 1']))).toBeUndefined();
    }
  });
});

test.prop([files, households, fc.nat(5)], { numRuns: 25 })(
  'read by the thread while the households come: the entries of one sieve over every file read whole',
  async (rows, hs, early) => {
    expect(existsSync(historyKeysWorkerFile()), 'pnpm build first: the thread runs dist/').toBe(true);
    const { cwd, names } = write(rows);
    const keying = startHistoryKeys(io(cwd), names);
    for (const h of [...hs].slice(0, early)) keying.hint(h);
    const keyed = await keying.decide(hs);
    const got = await loadHistory(io(cwd), names, { month, households: hs, ...(keyed ? { keyed } : {}) });
    expect(got.entries).toEqual(await whole(cwd, names, hs));
  },
);

describe('startHistoryKeys: a thread that does not answer', () => {
  it('no built thread: no answer (the files are read here)', async () => {
    const { cwd, names } = write([[plain('S1', '1')], [plain('S2', '2')]]);
    const hs = new Set(['7412AB 1']);
    const keying = startHistoryKeys(io(cwd), names, '/nonexistent/history-keys-worker.js');
    expect(await keying.decide(hs)).toBeUndefined();
  });

  it('a missing history file: no answer (read here, it gives the user error it gives without the thread)', async () => {
    const { cwd } = write([[plain('S1', '1')]]);
    const names = ['h0.csv', 'missing.csv'];
    const hs = new Set(['7412AB 1']);
    expect(await startHistoryKeys(io(cwd), names).decide(hs)).toBeUndefined();
  });
});
