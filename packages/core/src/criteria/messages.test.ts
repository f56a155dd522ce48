// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then`
// The messages of the partner criteria: representative Dutch texts, input that used to throw, and
// a property that every issue the criteria loaders produce has a Dutch and an English text.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { asIsoDate } from '../model/iso-date';
import type { Issue } from '../model/issue';
import { mutated } from '../rules/test-support/mutate';
import { findChronicLatePayers } from './chronic';
import { evaluateCriteria } from './evaluate';
import { criteriaFacts, loadCriteriaTable } from './facts';
import { ledgerRow, testTableJson } from './fixtures.test-support';
import { evaluateLedger, visitLedger } from './ledger';
import { validateLedgerRow } from './ledger-row';

const loaded = loadCriteriaTable(testTableJson);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const table = loaded.value;
const ON = asIsoDate('2026-10-20');
const dutch = (r: { ok: boolean; issues?: Issue[] }) => (r.issues ?? []).map((i) => i.message.nl);
/** A ledger row as outside input (plain JSON). */
const rowJson = (over: Record<string, unknown> = {}) => ({
  ...JSON.parse(JSON.stringify(ledgerRow())),
  ...over,
});
const entry = (month: string) => ({
  month,
  partnerId: 'zv-a',
  customerId: 'K-7',
  amountOpenCents: 15800,
  unpaidTerms: 1,
  arrearAgeDays: 31,
});

describe('Dutch messages of the criteria', () => {
  it('explains contradictions in a ledger row, amounts in euros', () => {
    expect(dutch(validateLedgerRow(rowJson({ newestDueDate: '2026-08-01' }), ON))).toEqual([
      'De nieuwste vervaldatum (2026-08-01) ligt vóór de oudste vervaldatum (2026-08-28)',
    ]);
    const health = rowJson({
      sector: 'health',
      amountOpenCents: 10000,
      premiumCents: 8000,
      ownRiskCents: 4000,
    });
    expect(dutch(validateLedgerRow(health))).toEqual([
      'Premie en eigen risico samen (€ 120,00) zijn meer dan het openstaande bedrag (€ 100,00)',
    ]);
    expect(dutch(validateLedgerRow(rowJson({ contractEndDate: '2026-10-01' }), ON))).toEqual([
      'Het contract is op 2026-10-01 geëindigd, vóór 2026-10-20, maar de regel zegt dat het een huidige klant is',
    ]);
  });
  it('names a repeated customer and a criteria table that is not right', () => {
    const r = evaluateLedger(table, [rowJson(), rowJson()], ON);
    expect(r.ok && r.value.invalid[0]?.issues.map((i) => i.message.nl)).toEqual([
      'Klant K-1001 staat al in regel 0',
    ]);
    const withFact = {
      ...testTableJson,
      facts: [...testTableJson.facts, { name: 'income', type: 'money', description: 'x' }],
    };
    expect(dutch(loadCriteriaTable(withFact))).toEqual([
      '"income" is geen gegeven dat de criteria kennen (zie CRITERIA_FACTS)',
    ]);
    const rules = testTableJson.rules.map((rule, i) =>
      i === 0 ? { ...rule, then: { deliver: false, kind: 'early', reason: 'x' } } : rule,
    );
    expect(dutch(loadCriteriaTable({ ...testTableJson, rules }))).toEqual([
      'Alleen een uitkomst die een signaal oplevert (deliver: true) heeft een soort signaal (kind)',
    ]);
  });
  it('explains bad options and a repeated month of the slepers', () => {
    expect(dutch(findChronicLatePayers([], { minMonths: 0 }))[0]).toMatch(/^Ongeldige instelling: minMonths/);
    expect(dutch(findChronicLatePayers([entry('2026-10'), entry('2026-10')]))).toEqual([
      'Klant K-7 heeft 2026-10 al (regel 0)',
    ]);
  });
});

describe('input that used to throw is an issue', () => {
  it('rows or a history that is not a list (a TypeError before)', () => {
    expect(evaluateLedger(table, 42 as never, ON)).toMatchObject({
      ok: false,
      issues: [{ code: 'not_a_list' }],
    });
    const visited: unknown[] = [];
    expect(visitLedger(table, 'rows' as never, ON, (o) => visited.push(o))).toMatchObject({
      ok: false,
      issues: [{ code: 'not_a_list' }],
    });
    expect(visited).toEqual([]); // nothing visited before the whole call fails
    expect(findChronicLatePayers({ length: 1 } as never)).toMatchObject({
      ok: false,
      issues: [{ code: 'not_a_list', message: { nl: 'De geschiedenis moet een lijst zijn' } }],
    });
  });
  it('a contract end outside the calendar in criteriaFacts (a RangeError before)', () => {
    const r = criteriaFacts(ledgerRow({ contractEndDate: asIsoDate('2150-01-01') }), ON);
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'date_out_of_range' }] });
    // without a contract end, the facts do not need the working-day calendar
    expect(criteriaFacts(ledgerRow(), asIsoDate('2150-01-01')).ok).toBe(true);
  });
  it('a delivery day in a month outside the calendar, in both languages', () => {
    const row = ledgerRow({ oldestDueDate: asIsoDate('2100-10-01'), newestDueDate: asIsoDate('2100-11-01') });
    expect(evaluateCriteria(table, row, asIsoDate('2100-12-31'))).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'date_out_of_range',
          message: {
            nl: 'Met peildatum 2100-12-31 valt een datum buiten de jaren die de kalender kent (1990–2100)',
            en: 'With evaluation date 2100-12-31, a date is outside the supported years 1990–2100',
          },
        },
      ],
    });
  });
});

const ENGLISH_ONLY = /\b(expected|unknown|is not|must|already|applies|exceed)\b/i;
const seen = new Set<string>();
function checkTexts(issues: readonly Issue[]): void {
  for (const i of issues) {
    seen.add(i.code);
    expect(i.message.nl.trim(), i.code).not.toBe('');
    expect(i.message.en.trim(), i.code).not.toBe('');
    expect(i.message.nl, `${i.code}: ${i.message.nl}`).not.toMatch(ENGLISH_ONLY);
  }
}
const dateArb = fc
  .date({ min: new Date('1985-01-01'), max: new Date('2105-12-31'), noInvalidDate: true })
  .map((d) => asIsoDate(d.toISOString().slice(0, 10)));

describe('every issue of the criteria loaders has a Dutch and an English text', () => {
  const health = rowJson({
    sector: 'health',
    premiumCents: 10000,
    ownRiskCents: 2350,
    amountOpenCents: 12350,
  });
  test.prop([
    fc.constantFrom(rowJson(), health, rowJson({ contractEndDate: '2026-11-17' })).chain(mutated),
    dateArb,
  ])('validateLedgerRow and evaluateCriteria on broken rows, at any date', (input, on) => {
    const valid = validateLedgerRow(input, on);
    if (!valid.ok) checkTexts(valid.issues);
    const evaluated = evaluateCriteria(table, input, on);
    if (!evaluated.ok) checkTexts(evaluated.issues);
  });
  test.prop([mutated(testTableJson)], { numRuns: 200 })('loadCriteriaTable on broken tables', (input) => {
    const r = loadCriteriaTable(input);
    if (!r.ok) checkTexts(r.issues);
  });
  test.prop([fc.array(mutated(entry('2026-10')), { maxLength: 4 }), fc.integer({ min: -1, max: 4 })])(
    'findChronicLatePayers on broken histories',
    (history, minMonths) => {
      const r = findChronicLatePayers(history, { minMonths });
      if (!r.ok) checkTexts(r.issues);
    },
  );
  test.prop([fc.array(fc.oneof(mutated(rowJson()), fc.constant(rowJson())), { maxLength: 5 }), dateArb])(
    'evaluateLedger on broken ledgers',
    (rows, on) => {
      const r = evaluateLedger(table, rows, on);
      if (!r.ok) checkTexts(r.issues);
      else for (const bad of r.value.invalid) checkTexts(bad.issues);
    },
  );
  it('met many kinds of issue (the properties above are not vacuous)', () => {
    for (const code of ['invalid_type', 'duplicate_customer', 'parameter_not_in_effect', 'date_out_of_range'])
      expect([...seen], code).toContain(code);
    expect(seen.size).toBeGreaterThanOrEqual(12);
  });
});
