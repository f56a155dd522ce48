// historySieve keeps only the history of the month's households (issue 14: a national year's
// history is mostly of households without a signal this month). Matching with the sieved history
// must give the same cases as with all of it — also with history that checkHistory sets aside:
// unreadable entries, entries of the month or later, a signal twice (the first kept, whichever
// household it is of).
import { fc, test } from '@fast-check/vitest';
import {
  asIsoMonth,
  type HistoryEntry,
  historySieve,
  matchMonth,
  signalHouseholdKey,
} from '@signaalreis/core';
import { expect } from 'vitest';
import { historyArb, signalsArb } from './test-support/signals';

const month = asIsoMonth('2026-10');

/** History with what checkHistory sets aside mixed in, and households that have no signal now. */
const messyHistory = fc
  .tuple(historyArb, historyArb, fc.array(fc.nat(), { maxLength: 6 }), fc.boolean())
  .map(([a, b, picks, othersFirst]) => {
    // the same signals as `a` in another household: when they come first, they are the ones kept
    const moved = (e: HistoryEntry) =>
      ({ ...e, householdKey: `9999ZZ ${e.householdKey.slice(7)}` }) as HistoryEntry;
    const others = [
      ...a.map(moved),
      ...b.map((e) => moved({ ...e, signalId: `B-${e.signalId}` } as HistoryEntry)),
    ];
    const all: HistoryEntry[] = othersFirst ? [...others, ...a] : [...a, ...others];
    for (const p of picks) {
      const e = all[p % Math.max(1, all.length)];
      if (!e) continue;
      all.push({ ...e }); // a duplicate of an earlier signal, perhaps of another household
      all.push({ ...e, month: asIsoMonth('2026-10'), signalId: `${e.signalId}-late` } as HistoryEntry);
      all.push({ ...e, signalDate: 'not a date' } as unknown as HistoryEntry);
    }
    return all;
  });

test.prop([signalsArb, messyHistory])(
  'matching with the sieved history gives the same cases',
  (signals, history) => {
    const sieve = historySieve(month, new Set(signals.map(signalHouseholdKey)));
    for (const e of history) sieve.add(e);
    const all = matchMonth({ month, signals, history });
    const sieved = matchMonth({ month, signals, history: sieve.entries });
    expect(sieved.ok && all.ok).toBe(true);
    if (sieved.ok && all.ok) expect(sieved.value.journeys).toEqual(all.value.journeys);
    expect(sieve.entries.every((e) => e.householdKey.startsWith('7411AB'))).toBe(true);
  },
);

test.prop([messyHistory])(
  'without households: the checks and the first of each signal, of every household',
  (history) => {
    const apart = historySieve(month);
    for (const e of history) apart.add(e);
    const keys = apart.entries.map((e) => `${e.partnerId}\u0000${e.signalId}`);
    expect(new Set(keys).size).toBe(keys.length);
    // with every household given, the same entries
    const every = historySieve(month, new Set(history.map((e) => e.householdKey)));
    for (const e of history) every.add(e);
    expect(apart.entries).toEqual(every.entries);
  },
);
