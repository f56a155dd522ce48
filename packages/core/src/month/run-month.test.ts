import {
  asHouseholdKey,
  asIsoDate,
  asIsoMonth,
  DEFAULT_INTAKE_CONFIG,
  DEFAULT_MATCHING_CONFIG,
  type IntakeConfig,
  type IsoDate,
  type IsoMonth,
  type MatchingConfig,
  type MonthInput,
  type MonthResult,
  type PopulationRegister,
  runMonth,
  type Signal,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { sig } from '../matching/test-support/signals';

const OCT = asIsoMonth('2026-10');

/** runMonth for October; the result must be a value. */
async function run(input: Omit<MonthInput, 'month'>): Promise<MonthResult> {
  const r = await runMonth({ month: OCT, ...input });
  if (!r.ok) throw new Error(`runMonth failed: ${JSON.stringify(r.issues)}`);
  return r.value;
}

const register: PopulationRegister = {
  lookup: async () => [
    {
      initials: 'J.',
      surname: 'Janssen',
      birthDate: asIsoDate('2000-01-01'),
      householdKey: asHouseholdKey('7411AB 12'),
      inMunicipality: true,
    },
  ],
};

describe('runMonth', () => {
  it('decides on the delivery day by default (the 25th or the next working day)', async () => {
    const r = await run({ signals: [sig('A', 'rent')] });
    expect(r.decidedOn).toBe('2026-10-26'); // 25 October 2026 is a Sunday
    expect(r.counts).toMatchObject({
      signals: 1,
      cases: 1,
      byOutcome: { 'picked-up': 1 },
      bySignalStatus: { Opgepakt: 1 },
    });
    expect(r.journeys[0]?.intake.decidedOn).toBe('2026-10-26');
    expect(r.issues).toEqual([]);
  });

  it('decides on the date `on` when given', async () => {
    const r = await run({ signals: [sig('A', 'rent')], on: asIsoDate('2026-10-28') });
    expect(r.decidedOn).toBe('2026-10-28');
    expect(r.journeys[0]?.intake.decidedOn).toBe('2026-10-28');
  });

  it('floor with a sector exception: below €100 not forwarded, except water (signaalreis-2023, annex, municipality 4)', async () => {
    const at = (n: number) => ({ address: { postcode: '7411AB', houseNumber: n }, amountCents: 8_000 });
    const r = await run({
      signals: [sig('A', 'rent', at(1)), sig('B', 'water', at(2))],
      intake: {
        ...DEFAULT_INTAKE_CONFIG,
        floor: {
          defaultCents: 10_000,
          bySector: { water: 0 },
          source: 'signaalreis-2023, annex, municipality 4',
        },
      },
    });
    const status = Object.fromEntries(r.journeys.map((j) => [j.match.householdKey, j.intake.signalStatus]));
    // below the floor is "onterecht signaal" (standards/README.md, DDAS v1.2 status definitions)
    expect(status).toEqual({ '7411AB 1': 'Niet opgepakt: onterecht signaal', '7411AB 2': 'Opgepakt' });
  });

  it('a household with 40 signals goes to manual review instead of straight to contact', async () => {
    const signals = Array.from({ length: 40 }, (_, i) => sig(`S${i}`, i % 2 ? 'rent' : 'energy'));
    const r = await run({ signals });
    expect(r.journeys[0]?.intake).toMatchObject({
      outcome: 'manual-review',
      signalStatus: 'Nog niet opgepakt',
    });
    expect(r.counts.byOutcome['manual-review']).toBe(1);
    expect(r.counts.bySignalStatus).toEqual({ 'Nog niet opgepakt': 1 });
  });

  it('an uncertain register answer goes to manual review, never silently out', async () => {
    const r = await run({
      signals: [sig('A', 'rent')],
      intake: {
        ...DEFAULT_INTAKE_CONFIG,
        registerCheck: { enabled: true, onMismatch: 'not-picked-up', onUncertain: 'manual-review' },
      },
      lookups: { register },
    });
    expect(r.journeys[0]?.intake.outcome).toBe('manual-review');
    expect(r.issues).toEqual([]);
  });

  it('reports progress once per case', async () => {
    const seen: number[] = [];
    await run({
      signals: [sig('A', 'rent'), sig('B', 'rent', { address: { postcode: '7411AB', houseNumber: 2 } })],
      onProgress: (done) => seen.push(done),
    });
    expect(seen).toEqual([1, 2]);
  });

  it('gives every case without issues, reasons or partners from last month the one frozen empty list', async () => {
    const r = await run({
      signals: [sig('A', 'rent'), sig('B', 'energy', { address: { postcode: '7411AB', houseNumber: 2 } })],
    });
    const [a, b] = r.journeys;
    if (!a || !b) throw new Error('two cases expected');
    const empties = [
      a.match.issues,
      b.match.issues,
      a.match.matchPartnersFromPreviousMonth,
      a.intake.reasons,
      a.intake.signals[0]?.reasons,
    ];
    for (const list of empties) {
      expect(list).toEqual([]);
      expect(Object.isFrozen(list)).toBe(true);
    }
    expect(b.match.issues).toBe(a.match.issues);
    expect(b.intake.reasons).toBe(a.intake.reasons);
    expect(b.intake.signals[0]?.reasons).toBe(a.intake.signals[0]?.reasons);
    // one frozen list per set of sectors and kinds, shared by the cases that have it
    expect(a.match.totals.kinds).toBe(b.match.totals.kinds);
    expect(a.match.totals.sectors).toEqual(['rent']);
    expect(Object.isFrozen(a.match.totals.sectors)).toBe(true);
  });

  it('gives a case with an issue its own list of issues, with the case id in the path', async () => {
    const signals = Array.from({ length: 40 }, (_, i) => sig(`S${i}`, i % 2 ? 'rent' : 'energy'));
    const r = await run({ signals });
    const issues = r.journeys[0]?.match.issues ?? [];
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['too_many_signals', ['cases', r.journeys[0]?.caseId]],
    ]);
    expect(Object.isFrozen(issues)).toBe(false);
  });

  it('keeps matching’s invalid signals and counts every input signal', async () => {
    const signals = [sig('A', 'rent'), { signalId: 'B' } as unknown as Signal];
    const r = await run({ signals });
    expect(r.matching.invalid.map((s) => [s.index, s.signalId])).toEqual([[1, 'B']]);
    expect(r.counts.signals).toBe(2);
    expect(r.matching.counts).toMatchObject({ signals: 2, inCases: 1, invalid: 1 });
  });
});

describe('runMonth: a lookup the configuration does not use is not silent', () => {
  it('warns lookup_unused when a register is given while the register check is off', async () => {
    const r = await run({ signals: [sig('A', 'rent')], lookups: { register } });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['lookup_unused', ['lookups', 'register']]]);
    expect(r.issues[0]?.message.nl).toMatch(/BRP-controle staat uit/);
    expect(r.issues[0]?.message.en).toMatch(/register check off/);
    expect(r.journeys[0]?.intake.outcome).toBe('picked-up'); // the register was not asked
  });

  it('warns for a debt-assistance lookup while that check is off, and not when both checks are on', async () => {
    const debtAssistance = { isKnown: async () => false };
    const off = await run({ signals: [sig('A', 'rent')], lookups: { register, debtAssistance } });
    expect(off.issues.map((i) => i.path)).toEqual([
      ['lookups', 'register'],
      ['lookups', 'debtAssistance'],
    ]);
    const on: IntakeConfig = {
      ...DEFAULT_INTAKE_CONFIG,
      registerCheck: { enabled: true, onMismatch: 'manual-review', onUncertain: 'manual-review' },
      debtAssistanceCheck: { enabled: true },
    };
    const used = await run({
      signals: [sig('A', 'rent')],
      intake: on,
      lookups: { register, debtAssistance },
    });
    expect(used.issues).toEqual([]);
  });
});

describe('runMonth: bad input gives issues, never a throw', () => {
  it('a malformed month', async () => {
    const r = await runMonth({ month: '2026-13' as IsoMonth, signals: [sig('A', 'rent')] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path])).toEqual([['invalid_month', ['month']]]);
  });

  it('configurations that do not validate, with paths under matching and intake', async () => {
    const r = await runMonth({
      month: OCT,
      signals: [sig('A', 'rent')],
      matching: { ...DEFAULT_MATCHING_CONFIG, forward: 'some' } as unknown as MatchingConfig,
      intake: { ...DEFAULT_INTAKE_CONFIG, naturalPersonsOnly: 'yes' } as unknown as IntakeConfig,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toEqual([
        ['matching', 'forward'],
        ['intake', 'naturalPersonsOnly'],
      ]);
    }
  });

  it('a decision date that is not a real date', async () => {
    const r = await runMonth({ month: OCT, signals: [], on: '2026-10-32' as IsoDate });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path])).toEqual([['invalid_date', ['on']]]);
  });

  it('a month whose delivery day the calendar cannot compute', async () => {
    const r = await runMonth({ month: asIsoMonth('1850-10'), signals: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path])).toEqual([['month_outside_calendar', ['month']]]);
  });
});
