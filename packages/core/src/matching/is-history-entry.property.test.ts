// isHistoryEntry answers what HistoryEntrySchema answers, without zod's parse (the history index of
// issue 14 checks half a million entries a year month this way). Entries are generated with each
// field either valid or of a wrong kind (missing, another type, too long, a control character, a
// date that does not exist, cents that are not a positive safe integer), sometimes with a key more.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { SECTORS, SIGNAL_KINDS } from '../model/enums';
import { HistoryEntrySchema, isHistoryEntry } from './history';

const wrong = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string(),
  fc.constant(''),
  fc.constant('x'.repeat(101)),
  fc.constant('a\u0007b'),
  fc.constant('2026-02-30'),
  fc.constant('2026-13'),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);
const id = fc.oneof(
  fc.string({ minLength: 1, maxLength: 100 }),
  fc.constantFrom('S1', 'WO-WGV', '7411AB 12'),
);
const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const good = {
  month: fc.constantFrom('2026-09', '2025-12', '1999-01'),
  signalId: id,
  partnerId: id,
  householdKey: id,
  sector: fc.constantFrom(...SECTORS),
  kind: fc.constantFrom(...SIGNAL_KINDS),
  signalDate: date,
  arrearSince: date,
  amountCents: fc.oneof(fc.integer({ min: 1 }), fc.constant(Number.MAX_SAFE_INTEGER)),
  naturalPerson: fc.boolean(),
  pickedUp: fc.boolean(),
  reached: fc.boolean(),
};
type Field = keyof typeof good;
const fields = Object.keys(good) as Field[];

// each field: valid (mostly), a wrong value, or left out
const entry = fc
  .tuple(
    fc.record(Object.fromEntries(fields.map((f) => [f, good[f]])) as { [K in Field]: (typeof good)[K] }),
    fc.array(fc.tuple(fc.constantFrom(...fields), fc.oneof(wrong, fc.constant('<leave out>'))), {
      maxLength: 2,
    }),
    fc.option(fc.tuple(fc.constantFrom('extra', 'month2', '__proto__', 'toString'), fc.anything()), {
      nil: undefined,
    }),
  )
  .map(([base, changes, extra]) => {
    const e: Record<string, unknown> = { ...base };
    for (const [f, v] of changes) {
      if (v === '<leave out>') delete e[f];
      else e[f] = v;
    }
    if (extra) Object.defineProperty(e, extra[0], { value: extra[1], enumerable: true, writable: true });
    return e;
  });

describe('isHistoryEntry', () => {
  test.prop([entry], { numRuns: 2000 })('says what HistoryEntrySchema says', (e) => {
    expect(isHistoryEntry(e)).toBe(HistoryEntrySchema.safeParse(e).success);
  });

  test.prop([fc.anything()])('says what HistoryEntrySchema says of anything', (v) => {
    expect(isHistoryEntry(v)).toBe(HistoryEntrySchema.safeParse(v).success);
  });

  test('a valid entry, and one with each field wrong in turn', () => {
    const e = {
      month: '2026-09',
      signalId: 'S1',
      partnerId: 'P1',
      householdKey: '7411AB 12',
      sector: 'rent',
      kind: 'early',
      signalDate: '2026-09-25',
      arrearSince: '2026-08-01',
      amountCents: 50000,
      naturalPerson: true,
      pickedUp: true,
    };
    expect(isHistoryEntry(e)).toBe(true);
    expect(isHistoryEntry({ ...e, reached: false })).toBe(true);
    for (const f of Object.keys(e)) expect(isHistoryEntry({ ...e, [f]: 0.5 }), f).toBe(false);
    expect(isHistoryEntry({ ...e, reached: 'yes' })).toBe(false);
    expect(isHistoryEntry({ ...e, more: 1 })).toBe(false);
    expect(isHistoryEntry([e])).toBe(false);
  });
});
