// `run` leaves a history signal file's rows of households without a signal this month unchecked
// (issue 14, history.ts): the history it keeps must be exactly what one sieve of the month's
// households over every file read whole keeps — whatever the ids (the same id twice in a file, or
// of two partners, across files), rows that are rejected or of the month itself, lines with a quote
// (always checked), and whenever the households come while a file is read (the eager thread).
// The threads' way needs the build (dist/cli/history-worker.js).
import { existsSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { historyFromSignals, historySieve } from '@signaalreis/core';
import { expect } from 'vitest';
import { row } from './cli-test-kit';
import { loadHistory, readHistoryFile } from './history';
import { monthEntries } from './history-parts';
import { historyWorkerFile, startHistoryWorkers } from './history-pool';
import { historyRow, households, io, month, whole, write } from './history-rows.test-support';
import { loadSignals } from './load-signals';

const files = fc.array(fc.array(historyRow, { maxLength: 8 }), { minLength: 1, maxLength: 3 });

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
