// The history files of `run` read apart (a file at a time, as the worker threads do) and merged must
// keep exactly what one historySieve over every file in order keeps: entries with a problem or not
// before the month are dropped, the first entry of a key over all files wins whatever its
// household, and only then the month's households are kept.
import { fc, test } from '@fast-check/vitest';
import { asIsoMonth, type HistoryEntry, historySieve } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { historyKey, mergeHistoryParts, splitHistory } from './history-parts';

const month = asIsoMonth('2026-10');

const BASE = {
  month: '2026-09',
  partnerId: 'P1',
  sector: 'rent',
  kind: 'early',
  signalDate: '2026-09-20',
  arrearSince: '2026-07-01',
  amountCents: 50_000,
  naturalPerson: true,
  pickedUp: true,
};

/** A small space of keys and households, so that files share signals and households often. */
const entryArb = fc
  .record({
    partner: fc.constantFrom('P1', 'P2'),
    signal: fc.constantFrom('S1', 'S2', 'S3', 'S4'),
    household: fc.constantFrom('7411AB 1', '7411AB 2', '7411AB 3'),
    month: fc.constantFrom('2026-08', '2026-09', '2026-10', '2026-11'),
    problem: fc.constantFrom(undefined, undefined, undefined, 'signalDate', 'amountCents', 'notAnObject'),
  })
  .map((r): HistoryEntry => {
    const e = {
      ...BASE,
      month: r.month,
      signalId: r.signal,
      partnerId: r.partner,
      householdKey: r.household,
      signalDate: `${r.month}-20`,
    };
    if (r.problem === 'notAnObject') return null as unknown as HistoryEntry;
    if (r.problem) return { ...e, [r.problem]: 'bad' } as unknown as HistoryEntry;
    return e as HistoryEntry;
  });

const filesArb = fc.array(fc.array(entryArb, { maxLength: 12 }), { maxLength: 5 });
const householdsArb = fc.subarray(['7411AB 1', '7411AB 2', '7411AB 3', '9999ZZ 1']).map((h) => new Set(h));

/** What the worker of a file does: its own sieve (no households), then the split. */
function apart(file: readonly HistoryEntry[], households: ReadonlySet<string>) {
  const sieve = historySieve(month);
  for (const e of file) sieve.add(e);
  return splitHistory(sieve.entries, households);
}

describe('history read apart and merged', () => {
  test.prop([filesArb, householdsArb])(
    'keeps exactly what one sieve over every file keeps',
    (files, households) => {
      const whole = historySieve(month, households);
      for (const file of files) for (const e of file) whole.add(e);
      expect(mergeHistoryParts(files.map((f) => apart(f, households)))).toEqual(whole.entries);
    },
  );

  it('a signal kept by an earlier file for another household hides a later file’s entry', () => {
    const e = (householdKey: string, signalId = 'S1') =>
      ({ ...BASE, householdKey, signalId }) as HistoryEntry;
    const households = new Set(['7411AB 1']);
    const parts = [
      apart([e('7411AB 2')], households),
      apart([e('7411AB 1'), e('7411AB 1', 'S2')], households),
    ];
    expect(parts[0]?.otherKeys).toEqual([historyKey(e('7411AB 2'))]);
    expect(mergeHistoryParts(parts).map((x) => x.signalId)).toEqual(['S2']);
  });
});
