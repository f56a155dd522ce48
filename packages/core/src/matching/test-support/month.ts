// Test-only helpers: run matching for October 2026 and take its one case.
import {
  asIsoMonth,
  type Case,
  type HistoryEntry,
  type MatchingConfig,
  type MonthMatch,
  matchMonth,
  type Signal,
} from '@signaalreis/core';
import { expect } from 'vitest';

export const OCT = asIsoMonth('2026-10');

/** Matches October; the result must be a value. */
export function matched(input: {
  signals: Signal[];
  history?: HistoryEntry[];
  config?: MatchingConfig;
}): MonthMatch {
  const r = matchMonth({ month: OCT, signals: input.signals, history: input.history ?? [] }, input.config);
  if (!r.ok) throw new Error(`matchMonth failed: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** The one case of a month (the month must have exactly one). */
export const only = (m: MonthMatch): Case => {
  expect(m.journeys).toHaveLength(1);
  return (m.journeys[0] as (typeof m.journeys)[number]).match;
};
