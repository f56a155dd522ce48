import { DateTime } from 'luxon';
import type { CUSTOM_OPERATORS } from './operators';

// The custom operators as json-rules-engine callbacks (fact value, resolved value) → boolean.
// Written for clarity, not speed: dates through luxon in UTC (calendar days, no DST effects),
// lists through Array methods. A fact value of the wrong type (including a missing fact) fails.

type Callback = (factValue: unknown, value: unknown) => boolean;

function day(value: unknown): DateTime | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  return parsed.isValid ? parsed : undefined;
}

/** The date a date-operator value stands for: a date, or `date` plus `offsetDays` days. */
function target(value: unknown): DateTime | undefined {
  if (typeof value === 'string') return day(value);
  const expr = value as { date: string; offsetDays: number };
  return day(expr.date)?.plus({ days: expr.offsetDays });
}

/** Whole days from `a` to `b` (positive when `b` is later). */
function daysFromTo(a: DateTime, b: DateTime): number {
  return Math.round(b.diff(a, 'days').days);
}

function compareDates(test: (daysFromTargetToFact: number) => boolean): Callback {
  return (factValue, value) => {
    const fact = day(factValue);
    const to = target(value);
    return fact !== undefined && to !== undefined && test(daysFromTo(to, fact));
  };
}

function daysSince(test: (days: number, limit: number) => boolean): Callback {
  return (factValue, value) => {
    const { days, asOf } = value as { days: number; asOf: string };
    const fact = day(factValue);
    const now = day(asOf);
    return fact !== undefined && now !== undefined && test(daysFromTo(fact, now), days);
  };
}

const isList = (x: unknown): x is unknown[] => Array.isArray(x);

/** The custom operators' reference callbacks, by name. */
export const REFERENCE_OPERATORS: Record<(typeof CUSTOM_OPERATORS)[number], Callback> = {
  between: (factValue, value) => {
    const v = value as { min: number; max: number; minInclusive: boolean; maxInclusive: boolean };
    if (typeof factValue !== 'number' || Number.isNaN(factValue)) return false;
    const aboveMin = v.minInclusive ? factValue >= v.min : factValue > v.min;
    const belowMax = v.maxInclusive ? factValue <= v.max : factValue < v.max;
    return aboveMin && belowMax;
  },
  dateBefore: compareDates((d) => d < 0),
  dateOnOrBefore: compareDates((d) => d <= 0),
  dateAfter: compareDates((d) => d > 0),
  dateOnOrAfter: compareDates((d) => d >= 0),
  daysSinceAtLeast: daysSince((days, limit) => days >= limit),
  daysSinceAtMost: daysSince((days, limit) => days <= limit),
  includesAny: (factValue, value) =>
    isList(factValue) && (value as unknown[]).some((v) => factValue.includes(v)),
  includesAll: (factValue, value) =>
    isList(factValue) && (value as unknown[]).every((v) => factValue.includes(v)),
  countAtLeast: (factValue, value) => {
    if (!isList(factValue)) return false;
    if (typeof value === 'number') return factValue.length >= value;
    const { count, of } = value as { count: number; of: unknown[] };
    return factValue.filter((item) => of.includes(item)).length >= count;
  },
};
