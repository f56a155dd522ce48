// `run` leaves a history signal file's rows of households without a signal this month unchecked
// (issue 14, history.ts): the history it keeps must be exactly what one sieve of the month's
// households over every file read whole keeps — whatever the ids (the same id twice in a file, or
// of two partners, across files), rows that are rejected or of the month itself, lines with a quote
// (always checked), and whenever the households come while a file is read (the eager thread).
// The threads' way needs the build (dist/cli/history-worker.js).
import { existsSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import {
  asIsoDate,
  asIsoMonth,
  type HistoryEntry,
  historyFromSignals,
  historySieve,
} from '@signaalreis/core';
import { expect } from 'vitest';
import { csvText, fixtureDir, row } from './cli-test-kit';
import { loadHistory, readHistoryFile } from './history';
import { monthEntries } from './history-parts';
import { historyWorkerFile, startHistoryWorkers } from './history-pool';
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
    id: fc.integer({ min: 1, max: 3 }),
    partner: fc.constantFrom('ZV-A', 'ZV-A', 'EN-B'),
    house: fc.integer({ min: 1, max: 5 }),
    postcode: fc.constantFrom('7412AB', '7412AB', '7412 ab'),
    date: fc.constantFrom('2026-08-20', '2026-09-24', '2026-09-24', '2026-10-05', '2026-09-31'),
    quoted: fc.integer({ min: 0, max: 5 }),
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
const households = fc.subarray([1, 2, 3, 4, 5]).map((hs) => new Set(hs.map((h) => `7412AB ${h}`)));

/** The files written to a fresh folder: their names. */
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

test.prop([files, households], { numRuns: 300 })(
  'in this thread: the entries of one sieve over every file read whole',
  async (rows, hs) => {
    const { cwd, names } = write(rows);
    const lazy = await loadHistory(io(cwd), names, { month, households: hs });
    expect(lazy.entries).toEqual(await whole(cwd, names, hs));
  },
);

test.prop([fc.array(historyRow, { maxLength: 10 }), households, fc.nat(12)], { numRuns: 300 })(
  'households that come while a file is read: its entries of them as read whole, the unchecked rows told',
  async (rows, hs, after) => {
    const { cwd, names } = write([rows]);
    const file = names[0] as string;
    let asked = 0;
    const sieve = historySieve(month);
    const read = await readHistoryFile(io(cwd), file, (e) => sieve.add(e), {
      households: () => (asked++ < after ? undefined : hs),
    });
    const all = historySieve(month);
    for (const e of historyFromSignals((await loadSignals(io(cwd), file)).signals)) all.add(e);
    expect(monthEntries(sieve.entries, hs)).toEqual(monthEntries(all.entries, hs));
    // a key the whole file kept and the lazy read did not is of an unchecked row
    const kept = new Set(sieve.entries.map((e) => `${e.partnerId}\u0000${e.signalId}`));
    for (const e of all.entries) {
      const key = `${e.partnerId}\u0000${e.signalId}`;
      if (!kept.has(key)) expect(read.unchecked?.([key])).toBe(true);
    }
  },
);

// three files in three threads: the first reads while the households come, the others after them
const threeFiles = fc.array(fc.array(historyRow, { maxLength: 8 }), { minLength: 3, maxLength: 3 });

// (and the case that needs a question answered from an unchecked row: h1's S1 hides h2's)
const hidden = (id: string, house: string) =>
  row({
    signal_id: id,
    partner_id: 'ZV-A',
    postcode: '7412AB',
    house_number: house,
    signal_date: '2026-09-24',
  });

test.prop([threeFiles, households], {
  numRuns: 60,
  examples: [[[[hidden('S5', '3')], [hidden('S1', '9')], [hidden('S1', '1')]], new Set(['7412AB 1'])]],
})('in worker threads: the entries of one sieve over every file read whole', async (rows, hs) => {
  expect(existsSync(historyWorkerFile()), 'pnpm build first: the worker threads run dist/').toBe(true);
  const { cwd, names } = write(rows);
  const there = await startHistoryWorkers(io(cwd), names, month, { workers: 3 }).finish(hs);
  expect(there.entries).toEqual(await whole(cwd, names, hs));
});
