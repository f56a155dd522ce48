import { describe, expect, it } from 'vitest';
import { criteriaFacts } from '../../criteria/facts';
import { evaluateLedger } from '../../criteria/ledger';
import { validateLedgerRow } from '../../criteria/ledger-row';
import { householdKey } from '../../model/address';
import { asIsoMonth } from '../../model/iso-date';
import { validateSignal } from '../../model/signal';
import { DayCache } from './day-cache';
import { DEFAULT_POPULATION_PARAMETERS } from './defaults';
import { factsInto, newFacts } from './facts';
import { createPopulation, type PopulationOptions } from './population';
import { LENIENT, selection, testTable } from './tables.test-support';

const options = (over: Partial<PopulationOptions> = {}): PopulationOptions => ({
  seed: 'test',
  replication: 0,
  municipality: { code: '0363', inhabitants: 40_000 },
  start: asIsoMonth('2027-01'),
  ...over,
});
const make = (over: Partial<PopulationOptions> = {}) => {
  const p = createPopulation(options(over));
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.value;
};
const criteria = selection(LENIENT);

describe('createPopulation: malformed options are issues with paths', () => {
  const codes = (over: Record<string, unknown>) => {
    const r = createPopulation({ ...options(), ...over } as PopulationOptions);
    return r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path.join('.')}`);
  };
  it.each([
    [{ seed: '' }, 'invalid_seed seed'],
    [{ seed: 7 }, 'invalid_seed seed'],
    [{ replication: -1 }, 'invalid_replication replication'],
    [{ replication: 1.5 }, 'invalid_replication replication'],
    [{ municipality: { code: '363', inhabitants: 10 } }, 'invalid_municipality_code municipality.code'],
    [{ municipality: { code: '0363' } }, 'municipality_size_missing municipality'],
    [{ municipality: { code: '0363', type: 'huge' } }, 'invalid_municipality_type municipality.type'],
    [{ municipality: { code: '0363', inhabitants: 0 } }, 'invalid_inhabitants municipality.inhabitants'],
    [{ start: '2027-13' }, 'invalid_month start'],
    [{ start: '2150-01' }, 'month_outside_calendar start'],
  ])('%j', (over, expected) => {
    expect(codes(over)).toContain(expected);
  });

  it('checks the parameters with their paths', () => {
    const bad = { ...DEFAULT_POPULATION_PARAMETERS, coOccurrence: { probability: 2, source: 'x' } };
    expect(codes({ parameters: bad })).toContain('too_big parameters.coOccurrence.probability');
  });

  it('refuses a term that falls due after the ledger day', () => {
    const p = structuredClone(DEFAULT_POPULATION_PARAMETERS);
    p.sectors.water.amounts.dueDay = { from: 1, to: 25 };
    expect(codes({ parameters: p })).toEqual(['custom parameters.sectors.water.amounts.dueDay.to']);
  });

  it('takes the size of a type, or its own number of inhabitants', () => {
    expect(make({ municipality: { code: '0363', type: 'medium' } }).info.inhabitants).toBe(125_000);
    const own = make({ municipality: { code: '0363', type: 'medium', inhabitants: 21_000 } }).info;
    expect(own).toMatchObject({ inhabitants: 21_000, households: 10_000 });
  });
});

describe('a simulated month', () => {
  it('goes in order: another month than the next one is a programming error', () => {
    const p = make();
    expect(() => p.advance(asIsoMonth('2027-02'))).toThrow(RangeError);
    expect(p.next(criteria, asIsoMonth('2027-01')).month).toBe('2027-01');
    expect(p.month).toBe('2027-02');
  });

  it('stops at the end of the calendar', () => {
    const p = make({ start: asIsoMonth('2099-12') });
    expect(() => p.advance()).not.toThrow();
    expect(() => p.advance()).toThrow(RangeError);
  });

  it('gives valid ledger rows and valid signals, as evaluateLedger decides them', () => {
    const p = make();
    for (let i = 0; i < 8; i++) {
      const m = p.next(criteria);
      for (const ledger of m.ledgers) {
        for (const row of ledger.rows) expect(validateLedgerRow(row, m.ledgerDate).ok).toBe(true);
        const table = criteria[ledger.partner.sector];
        if (!table) continue;
        const evaluated = evaluateLedger(table, ledger.rows, m.ledgerDate);
        if (!evaluated.ok) throw new Error('table');
        const fromLedger = evaluated.value.delivered.map(
          (e) => `${e.customerId} ${e.kind} ${e.deliveryDate}`,
        );
        const fromPopulation = m.signals
          .filter((s) => s.partner.id === ledger.partner.id)
          .map((s) => `K${s.signalId.split('-').pop()?.slice(1)} ${s.kind} ${s.signalDate}`);
        expect(fromPopulation).toEqual(fromLedger);
      }
      for (const s of m.signals) expect(validateSignal(s)).toEqual({ ok: true, value: s });
    }
  });

  it('computes the facts of every row as criteriaFacts does', () => {
    const p = make();
    const days = new DayCache();
    const facts = newFacts();
    for (let i = 0; i < 6; i++) {
      const m = p.next(criteria);
      for (const row of m.ledgers.flatMap((l) => l.rows)) {
        expect(factsInto(facts, row, m.ledgerDate, days)).toBe(true);
        const expected = criteriaFacts(row, m.ledgerDate);
        const defined = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
        expect(expected).toEqual({ ok: true, value: defined });
      }
    }
  });

  it('has households with signals from several partners (matches)', () => {
    const p = make();
    p.next(criteria);
    const m = p.next(criteria);
    const perAddress = new Map<string, number>();
    for (const s of m.signals)
      perAddress.set(householdKey(s.address), (perAddress.get(householdKey(s.address)) ?? 0) + 1);
    const multi = [...perAddress.values()].filter((n) => n > 1).length;
    expect(multi).toBeGreaterThan(0.05 * perAddress.size);
  });

  it('uses clearly fictional names and Dutch postcodes', () => {
    const p = make();
    const m = p.next(criteria);
    for (const s of m.signals.slice(0, 50)) {
      expect(s.person.surname).toMatch(/^(Proef|Voorbeeld|Model|Schets|Oefen|Toets|Simul|Fictie)/);
      expect(s.address.postcode).toMatch(/^[1-9]\d{3}[A-Z]{2}$/);
      expect(s.contact.email ?? 'x@voorbeeld.invalid').toMatch(/@voorbeeld\.invalid$/);
    }
  });

  it('warns about a sector without criteria and a table not yet in effect', () => {
    const p = make({ start: asIsoMonth('2020-06') });
    const { water: _water, ...rest } = criteria;
    const late = testTable('rent', LENIENT);
    const lateRent = {
      ...late,
      parameters: { ...late.parameters, floor: [{ from: '2030-01-01' as never, value: 1, source: 'test' }] },
    };
    const m = p.next({ ...rest, rent: lateRent });
    const codes = m.issues.map((i) => `${i.code} ${i.path.slice(0, 2).join('.')}`);
    expect(codes).toContain('sector_without_criteria criteria.water');
    expect(codes).toContain('parameter_not_in_effect criteria.rent');
    expect(m.signals.some((s) => s.partner.sector === 'water' || s.partner.sector === 'rent')).toBe(false);
    expect(m.arrears.water.open).toBeGreaterThan(0); // the arrears are there; only no signals
  });

  it('keeps only the open arrears: their number levels off', () => {
    const p = make();
    const open: number[] = [];
    for (let i = 0; i < 36; i++) {
      const m = p.advance();
      open.push(Object.values(m.arrears).reduce((n, c) => n + c.open, 0));
    }
    expect(open[35]).toBeLessThan(1.3 * (open[23] as number));
  });
});
