// Test-only fast-check arbitraries (not exported from the package) for condition values, derived
// from an operator's value spec: a new operator gets generated values without any test change.
// Values come from small domains shared with the generated facts (table-arbitraries.ts), so
// boundaries (equal values, the same day, a word in the list) are hit often.
import { fc } from '@fast-check/vitest';
import type { ValueSpec } from '../value-spec';

/** Words for strings without declared values. */
export const WORDS = ['a', 'b', 'c', 'd'] as const;
/** Numbers for `number` facts and values. */
export const NUMBERS = [-2, -1, 0, 0.5, 1, 2, 2.5, 3, 4, 6] as const;
/** Integers for `money` facts and values (cents). */
export const CENTS = [-2, -1, 0, 1, 2, 3, 4, 6] as const;
/** 21 consecutive days around the leap day of 2024, computed with Date (not the code under test). */
export const DATES = Array.from({ length: 21 }, (_, i) =>
  new Date(Date.UTC(2024, 1, 20 + i)).toISOString().slice(0, 10),
);

function integerArb(min: number | undefined): fc.Arbitrary<number> {
  const small = CENTS.filter((c) => min === undefined || c >= min);
  // Mostly the fact domain (money, counts); sometimes wider (day offsets, day counts).
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...small) },
    { weight: 1, arbitrary: fc.integer({ min: min ?? -12, max: 15 }) },
  );
}

/** A value that fits `spec` (no parameters). */
export function plainValueArb(spec: ValueSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'number':
      return fc.constantFrom(...NUMBERS);
    case 'integer':
      return integerArb(spec.min);
    case 'date':
      return fc.constantFrom(...DATES);
    case 'string':
      return fc.constantFrom(...(spec.values ?? WORDS));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(plainValueArb(spec.of), { maxLength: 3 });
    case 'object': {
      const entries = Object.entries(spec.fields);
      return fc.record(Object.fromEntries(entries.map(([key, f]) => [key, plainValueArb(f.spec)])), {
        requiredKeys: entries.filter(([, f]) => !f.optional).map(([key]) => key),
      });
    }
    case 'oneOf':
      return fc.oneof(...spec.options.map(plainValueArb));
  }
}

/**
 * A generated condition value: a plain value, a parameter slot carrying 1–3 dated alternatives
 * of the same form, or an object whose fields are generated values in turn.
 */
export type ValueDraft = { value: unknown } | { param: unknown[] } | { fields: Record<string, ValueDraft> };

const maybeParam = (arb: fc.Arbitrary<unknown>): fc.Arbitrary<ValueDraft> =>
  fc.oneof(
    { weight: 3, arbitrary: arb.map((value) => ({ value })) },
    { weight: 1, arbitrary: fc.array(arb, { minLength: 1, maxLength: 3 }).map((param) => ({ param })) },
  );

/** A draft value for `spec`: parameters may stand for the whole value or for any field of it. */
export function valueDraftArb(spec: ValueSpec): fc.Arbitrary<ValueDraft> {
  if (spec.kind === 'oneOf') return fc.oneof(...spec.options.map(valueDraftArb));
  if (spec.kind !== 'object') return maybeParam(plainValueArb(spec));
  const entries = Object.entries(spec.fields);
  const fields = fc
    .record(Object.fromEntries(entries.map(([key, f]) => [key, valueDraftArb(f.spec)])), {
      requiredKeys: entries.filter(([, f]) => !f.optional).map(([key]) => key),
    })
    .map((f): ValueDraft => ({ fields: f as Record<string, ValueDraft> }));
  return fc.oneof(
    { weight: 4, arbitrary: fields },
    { weight: 1, arbitrary: maybeParam(plainValueArb(spec)) },
  );
}
