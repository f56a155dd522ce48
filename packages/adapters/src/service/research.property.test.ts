// Properties of the researcher's export (issue 12): after suppression no combination of
// quasi-identifiers occurs fewer than k times, nothing is lost silently, and a pseudonym is stable
// for one secret and unrelated under another.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { amountBand, pseudonymOf, quasiIdentifiers, type ResearchRow, suppressRows } from './research';

const row = fc.record({
  pseudonym: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 16, maxLength: 16 }),
  month: fc.constantFrom('2026-08', '2026-09', '2026-10'),
  municipality: fc.constantFrom('0363', '0518'),
  sectors: fc.constantFrom('energy', 'water', 'energy+water', 'health-insurance', 'housing+energy'),
  signals: fc.integer({ min: 1, max: 6 }),
  amountBand: fc.integer({ min: 1, max: 900_000 }).map(amountBand),
  bucket: fc.constantFrom('crisis', 'urgent', 'standard'),
  primaryChannel: fc.constantFrom(null, 'letter', 'home-visit'),
  status: fc.constantFrom('Opgepakt', 'Niet opgepakt'),
  result: fc.constantFrom(null, 'Geen hulp nodig'),
  daysToFirstContact: fc.option(fc.integer({ min: 0, max: 90 })),
}) satisfies fc.Arbitrary<ResearchRow>;

describe('suppressRows', () => {
  test.prop([fc.array(row, { maxLength: 300 }), fc.integer({ min: 1, max: 15 })])(
    'leaves no class smaller than k, and accounts for every row',
    (rows, k) => {
      const { rows: out, suppression } = suppressRows(rows, k);
      const sizes = new Map<string, number>();
      for (const r of out) sizes.set(quasiIdentifiers(r), (sizes.get(quasiIdentifiers(r)) ?? 0) + 1);
      for (const n of sizes.values()) expect(n).toBeGreaterThanOrEqual(k);
      expect(out.length + suppression.leftOut).toBe(rows.length);
      // only the quasi-identifiers are coarsened: the other values of each row stay as they were
      const rest = (r: ResearchRow) => JSON.stringify({ ...r, amountBand: 0, sectors: 0 });
      const given = new Map<string, number>();
      for (const r of rows) given.set(rest(r), (given.get(rest(r)) ?? 0) + 1);
      for (const r of out) {
        const left = given.get(rest(r)) ?? 0;
        expect(left).toBeGreaterThan(0);
        given.set(rest(r), left - 1);
      }
      expect(suppression.coarsenedSectors).toBe(out.filter((r) => r.sectors === '*').length);
      expect(suppression.coarsenedAmount).toBe(
        out.filter((r) => r.amountBand === '*' && r.sectors !== '*').length,
      );
    },
  );

  test.prop([fc.array(row, { minLength: 1, maxLength: 50 })])('with k = 1 changes nothing', (rows) => {
    const { rows: out, suppression } = suppressRows(rows, 1);
    expect(out).toEqual(rows);
    expect(suppression).toMatchObject({ coarsenedAmount: 0, coarsenedSectors: 0, leftOut: 0 });
  });
});

describe('pseudonymOf', () => {
  const secret = fc.uint8Array({ minLength: 32, maxLength: 32 });
  const household = fc.string({ minLength: 1, maxLength: 40 });

  test.prop([secret, household])('is stable for one secret: 16 hex digits', (s, h) => {
    const p = pseudonymOf(s, '0363', h);
    expect(pseudonymOf(s, '0363', h)).toBe(p);
    expect(p).toMatch(/^[0-9a-f]{16}$/);
  });

  test.prop([secret, secret, household])('differs under another secret (another store)', (a, b, h) => {
    fc.pre(Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0);
    expect(pseudonymOf(a, '0363', h)).not.toBe(pseudonymOf(b, '0363', h));
  });

  test.prop([secret, household, household])('differs between households of one store', (s, h1, h2) => {
    fc.pre(h1 !== h2);
    expect(pseudonymOf(s, '0363', h1)).not.toBe(pseudonymOf(s, '0363', h2));
  });
});
