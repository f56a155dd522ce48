// What the properties of the history's lazy reads share (history-lazy.property.test.ts, without a
// thread and in the pool's threads; history-keys.property.test.ts, in the keying thread): history
// rows of few ids, partners and households, so that they meet, written as files; and what one sieve
// of the month's households over every file read whole keeps — the answer each way must give.
import { fc } from '@fast-check/vitest';
import {
  asIsoDate,
  asIsoMonth,
  type HistoryEntry,
  historyFromSignals,
  historySieve,
} from '@signaalreis/core';
import { csvText, fixtureDir, row } from './cli-test-kit';
import type { CliIo } from './io';
import { loadSignals } from './load-signals';

/** The month the history is read for. */
export const month = asIsoMonth('2026-10');

/** An io that shows nothing, in `cwd`, on 2 November 2026. */
export const io = (cwd: string): CliIo => ({
  stdout: { write: () => true },
  stderr: { write: () => true },
  cwd,
  today: asIsoDate('2026-11-02'),
});

/**
 * A history row: few ids, partners and households (some written `7412 ab`, some without a postcode:
 * rejected); dates of history, of the month, and none; one in six with a quote in the line.
 */
export const historyRow = fc
  .record({
    id: fc.integer({ min: 1, max: 4 }),
    partner: fc.constantFrom('ZV-A', 'ZV-A', 'EN-B'),
    house: fc.integer({ min: 1, max: 5 }),
    postcode: fc.constantFrom('7412AB', '7412AB', '7412AB', '7412 ab', ''),
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

/** The month's households (of the five the rows use). */
export const HOUSES = [1, 2, 3, 4, 5].map((h) => `7412AB ${h}`);

/** Any of them as the month's households. */
export const households = fc.subarray(HOUSES).map((hs) => new Set(hs));

/** The files written to a fresh folder: their names. */
export function write(rows: ReturnType<typeof row>[][]): { cwd: string; names: string[] } {
  const names = rows.map((_, i) => `h${i}.csv`);
  const cwd = fixtureDir(Object.fromEntries(rows.map((r, i) => [names[i], csvText(r)])));
  return { cwd, names };
}

/** What one sieve of the households over every file read whole keeps. */
export async function whole(cwd: string, names: string[], hs: ReadonlySet<string>): Promise<HistoryEntry[]> {
  const sieve = historySieve(month, hs);
  for (const f of names)
    for (const e of historyFromSignals((await loadSignals(io(cwd), f)).signals)) sieve.add(e);
  return [...sieve.entries];
}
