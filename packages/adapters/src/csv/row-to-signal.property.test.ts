// The row pipeline with core's fast path against the same pipeline with the signal schema alone
// (issue 14): for any row — valid, spoiled in one or more cells, or valid only by the schema's
// safety net — the outcome is the same, down to key order, issue paths, lines and messages. The
// last test makes sure the rows reach every kind of outcome, so the comparison cannot pass by
// never comparing anything that matters.
import { fc, test } from '@fast-check/vitest';
import { issuesFromZod, type Result, type Signal, SignalSchema } from '@signaalreis/core';
import { expect } from 'vitest';
import { TODAY } from './fixtures.test-support';
import { mapHeader, SIGNAL_CSV_FIELDS, type SignalCsvField } from './headers';
import { type RowOutcome, rowToSignal } from './row-to-signal';

/** What the schema alone makes of a candidate: validateSignal as it was before its fast path. */
function bySchema(candidate: unknown): Result<Signal> {
  const parsed = SignalSchema.safeParse(candidate);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: issuesFromZod(parsed.error) };
}

/** Deep equality that also compares key order, prototypes and -0. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) =>
    sameValue((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k]),
  );
}

// Cells a partner writes, per column, and cells that break one rule or another (including ones
// only the schema's safety net catches, such as a line break inside an id).
const GOOD: Record<SignalCsvField, readonly string[]> = {
  signal_id: ['S1', 'ZV-A-2026-10-000123', ' S2 ', 'x'.repeat(100)],
  partner_id: ['ZV-A', 'EN-PLS', 'wbv 1'],
  partner_name: ['Zorgverzekeraar A', '', 'Wonen, Zorg & Co', 'Voorbeeldstad Wonen'],
  sector: ['health', 'rent', 'Zorgverzekeraar', 'energie', 'Gemeentelijke belastingen', ' water '],
  kind: ['early', 'Eindeleveringssignaal', 'dreigende ontruiming', 'warme-overdracht', 'cak'],
  signal_date: ['2026-10-26', '26-10-2026', '1-10-2026', '26/10/2026', '2024-02-29'],
  arrear_since: ['2026-08-01', '01-08-2026', '2024-01-31', '1/8/2026'],
  amount: ['312.50', '€ 1.527,96', '1527,9', '1527', '1,527.96', 'EUR 12,50', '1.234.567', '0.01'],
  terms_overdue: ['2', '', '0', '999999'],
  reminders_sent: ['1', '', '0'],
  initials: ['J.', '', 'A.B.C.'],
  prefix: ['', 'van der', 'de'],
  surname: ['Jansen', "O'Brien", 'Çelik', 'Vries-Van Dijkstra-Bakker'],
  birth_date: ['1980-05-17', '', '17-05-1980', '1900-01-01'],
  legal_form: ['individual', '', 'particulier', 'B.V.', 'eenmanszaak', 'v.o.f.', 'stichting', 'NV'],
  bsn: ['111222333', '', '1112.22.333', '11122233'],
  postcode: ['7411 AB', '7411AB', '1234-ab', ' 9999 zz '],
  house_number: ['12', '12a', '12-A', '12 bis', '12a-1', '99999', '7 II'],
  house_number_suffix: ['', 'bis', 'A', '2'],
  city: ['Voorbeeldstad', '', "'s-Hertogenbosch"],
  phone: ['06-12345678', '', '+31 6 12345678', '(020) 123 45 67', '+44 20 7946 0958'],
  email: ['bewoner@example.nl', '', 'J.Jansen@Example.NL', ' a@b.co '],
  neighbourhood: ['Centrum', '', 'West'],
};
const BAD: readonly string[] = [
  '',
  ' ',
  'a\nb',
  'a\r\nb',
  '\t',
  '\u0000',
  '\u0085',
  '\uFFFD',
  'é',
  '12,345',
  '0,050',
  '-5',
  '0',
  '2026-02-30',
  '2027-01-01',
  '2026-11-23',
  '31-12-2026',
  'x'.repeat(60),
  'x'.repeat(101),
  'x'.repeat(201),
  'telecom',
  '123456789',
  '1234SS',
  '0123AB',
  '123456',
  '12 abcde',
  '06-123',
  'geen',
  'NaN',
  'Infinity',
  '1e3',
  '__proto__',
  'constructor',
  '9007199254740993',
  '99999999999999',
];

// A header: all columns, or without some optional ones, in canonical or shuffled order.
const header = fc
  .tuple(fc.subarray([...SIGNAL_CSV_FIELDS]), fc.boolean(), fc.nat())
  .map(([drop, shuffle, seed]) => {
    const optional = new Set([
      'partner_name',
      'terms_overdue',
      'birth_date',
      'legal_form',
      'bsn',
      'city',
      'email',
    ]);
    const fields = SIGNAL_CSV_FIELDS.filter((f) => !(optional.has(f) && drop.slice(0, 3).includes(f)));
    if (shuffle) fields.sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7));
    return fields;
  });
// Cells the row rules let through and only the schema refuses (its safety net).
const SCHEMA_ONLY: Partial<Record<SignalCsvField, readonly string[]>> = {
  signal_id: ['S\n1', 'S\r\n1'],
  partner_id: ['ZV\nA'],
  legal_form: ['constructor', '__proto__', 'toString'],
};
const cell = (field: SignalCsvField) =>
  fc.oneof(
    { weight: 24, arbitrary: fc.constantFrom(...GOOD[field]) },
    { weight: 2, arbitrary: fc.constantFrom(...BAD) },
    { weight: 1, arbitrary: fc.constantFrom(...(SCHEMA_ONLY[field] ?? GOOD[field])) },
  );
const row = header.chain((fields) =>
  fc.tuple(fc.constant(fields), fc.tuple(...fields.map(cell)), fc.nat(3)).map(([fs, cells, extra]) => ({
    fields: fs,
    // now and then a cell too many or too few
    cells: extra === 0 ? [...cells, 'x'] : cells,
  })),
);

function both(fields: readonly string[], cells: string[]): [RowOutcome, RowOutcome] {
  const mapping = mapHeader([...fields]);
  const at = { row: 7, line: 9 };
  const fast = rowToSignal(cells, mapping, at, TODAY);
  const slow = rowToSignal(cells, mapping, at, TODAY, { validate: bySchema });
  return [fast, slow];
}

test.prop([row], { numRuns: 3000 })(
  'a row reads the same with the fast path as with the signal schema alone',
  ({ fields, cells }) => {
    const [fast, slow] = both(fields, cells);
    expect(sameValue(fast, slow)).toBe(true);
  },
);

test('the rows reach every outcome: accepted, rejected by the row rules, rejected by the schema', () => {
  const seen = { accepted: 0, byRules: 0, bySchema: 0 };
  fc.assert(
    fc.property(row, ({ fields, cells }) => {
      const [fast] = both(fields, cells);
      if (fast.ok) seen.accepted++;
      else if (fast.issues.some((i) => i.code === 'custom' || i.code === 'invalid_value')) seen.bySchema++;
      else seen.byRules++;
    }),
    { numRuns: 3000, seed: 14 },
  );
  expect(seen.accepted).toBeGreaterThan(300);
  expect(seen.byRules).toBeGreaterThan(300);
  expect(seen.bySchema).toBeGreaterThan(10);
});
