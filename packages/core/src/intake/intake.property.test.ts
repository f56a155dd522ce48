import { fc, test } from '@fast-check/vitest';
import {
  asCents,
  asHouseholdKey,
  asIsoDate,
  asIsoMonth,
  asSignalId,
  type CaseSignal,
  LEGAL_FORMS,
  type MatchedJourney,
  SECTORS,
  SIGNAL_KINDS,
  type Signal,
} from '@signaalreis/core';
import { expect } from 'vitest';
import {
  caseStatus,
  DEFAULT_INTAKE_CONFIG,
  type IntakeConfig,
  type IntakeDecision,
  intakeCase,
  matchPerson,
} from './index';
import { aCase, caseSignal, signal } from './test-support/cases';

const ON = asIsoDate('2026-10-29');
async function decide(j: MatchedJourney, config: IntakeConfig): Promise<IntakeDecision> {
  const r = await intakeCase(j, config, ON);
  if (!r.ok) throw new Error(`intakeCase failed: ${JSON.stringify(r.issues)}`);
  return r.value.intake;
}

const cents = fc.integer({ min: 0, max: 1_000_000 });
const configArb: fc.Arbitrary<IntakeConfig> = fc.record({
  floor: fc.record({
    defaultCents: cents,
    bySector: fc.dictionary(fc.constantFrom(...SECTORS), cents, { maxKeys: 3 }),
    source: fc.constant('project default'),
  }),
  naturalPersonsOnly: fc.boolean(),
  registerCheck: fc.constant({
    enabled: false,
    onMismatch: 'manual-review' as const,
    onUncertain: 'manual-review' as const,
  }),
  debtAssistanceCheck: fc.constant({ enabled: false }),
  crisisKinds: fc.subarray([...SIGNAL_KINDS]),
  urgentKinds: fc.subarray([...SIGNAL_KINDS]),
  repeatSignals: fc.constantFrom('not-picked-up' as const, 'pick-up' as const),
  outOfWindow: fc.constantFrom('not-picked-up' as const, 'pick-up' as const),
});

const caseSignalArb: fc.Arbitrary<CaseSignal> = fc
  .record({
    i: fc.nat({ max: 999 }),
    kind: fc.constantFrom(...SIGNAL_KINDS),
    sector: fc.constantFrom(...SECTORS),
    amountCents: fc.integer({ min: 1, max: 1_000_000 }),
    legalForm: fc.constantFrom(...LEGAL_FORMS),
    window: fc.constantFrom('inside' as const, 'too-young' as const, 'too-old' as const),
    previous: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ i, kind, sector, amountCents, legalForm, window, previous, day }) => {
    const s: Signal = signal({
      id: `S${i}`,
      kind,
      amountCents,
      signalDate: `2026-10-${String(day).padStart(2, '0')}`,
      partner: { id: `P-${sector}`, name: sector, sector },
      person: { surname: 'Jansen', legalForm },
    });
    const repeat =
      previous === undefined
        ? undefined
        : {
            previousMonth: asIsoMonth('2026-09'),
            previousSignalId: asSignalId('P'),
            previousAmountCents: asCents(previous),
          };
    return caseSignal(s, { window, repeat });
  });

const caseArb = fc.record({
  signals: fc.array(caseSignalArb, { minLength: 1, maxLength: 5 }),
  forwarded: fc.boolean(),
});

test.prop([configArb, caseArb])(
  'floors, windows and repeats never drop a crisis signal',
  async (config, c) => {
    const d = await decide(aCase(c.signals, { forwarded: c.forwarded }), config);
    c.signals.forEach((cs, i) => {
      const crisis = config.crisisKinds.includes(cs.signal.kind);
      const legalOk =
        !config.naturalPersonsOnly ||
        ['individual', 'eenmanszaak', 'maatschap', 'vof', 'cv'].includes(cs.signal.person.legalForm);
      if (crisis && legalOk) {
        expect(d.signals[i]?.signalStatus).toBe('Opgepakt');
        expect(d.crisis?.kinds).toContain(cs.signal.kind);
        expect(d.outcome).toBe('crisis');
        expect(d.urgent).toBe(true);
      }
    });
  },
);

test.prop([configArb, caseArb])(
  'each signal gets one status; the case status follows the precedence',
  async (config, c) => {
    const input = aCase(c.signals, { forwarded: c.forwarded });
    const d = await decide(input, config);
    expect(d.signals.map((s) => s.signalId)).toEqual(c.signals.map((cs) => cs.signal.signalId));
    expect(d.signalStatus).toBe(caseStatus(d.signals.map((s) => s.signalStatus)));
    expect(d.partnerMayLearnReason).toBe(d.signalStatus !== 'Niet opgepakt: andere reden');
    for (const s of d.signals) if (s.signalStatus !== 'Opgepakt') expect(s.reasons.length).toBeGreaterThan(0);
    expect(await decide(input, config)).toEqual(d);
  },
);

test.prop([configArb, caseArb, cents])(
  'raising the floor never picks up more signals',
  async (config, c, extra) => {
    const input = aCase(c.signals, { forwarded: c.forwarded });
    const higher: IntakeConfig = {
      ...config,
      floor: { ...config.floor, defaultCents: config.floor.defaultCents + extra, bySector: {} },
    };
    const lower: IntakeConfig = { ...config, floor: { ...config.floor, bySector: {} } };
    const a = await decide(input, lower);
    const b = await decide(input, higher);
    a.signals.forEach((s, i) => {
      if (s.signalStatus !== 'Opgepakt') expect(b.signals[i]?.signalStatus).not.toBe('Opgepakt');
    });
  },
);

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ]{2,10}$/);
test.prop([
  word,
  fc.option(fc.constantFrom('van', 'van der', 'de', "van 't"), { nil: undefined }),
  fc.constantFrom('J.', 'JP', undefined),
])(
  'a person matches their own register record, whatever the case, accents or joined prefix',
  (surname, prefix, initials) => {
    const home = asHouseholdKey('7411AB 12');
    const q = { surname, prefix, initials, birthDate: asIsoDate('1980-05-17'), householdKey: home };
    const stripped = surname.normalize('NFD').replace(/\p{M}/gu, '');
    const joined = `${prefix ?? ''}${stripped}`.replace(/[ ']/g, '').toUpperCase();
    const record = {
      surname: joined,
      initials: 'J',
      birthDate: asIsoDate('1980-05-17'),
      householdKey: home,
      inMunicipality: true,
    };
    expect(matchPerson(q, [record]).verdict).toBe('match');
  },
);

test.prop([fc.constantFrom(...DEFAULT_INTAKE_CONFIG.crisisKinds)])(
  'the default config treats its crisis kinds as crisis',
  async (kind) => {
    const d = await decide(aCase([caseSignal(signal({ kind, amountCents: 1 }))]), DEFAULT_INTAKE_CONFIG);
    expect(d.outcome).toBe('crisis');
  },
);

test.prop([configArb, caseArb])(
  'a case matching flagged for manual review is never picked up directly; otherwise its outcome stays',
  async (config, c) => {
    const plain = await decide(aCase(c.signals, { forwarded: c.forwarded }), config);
    const flagged = await decide(aCase(c.signals, { forwarded: c.forwarded, manualReview: true }), config);
    expect(flagged.outcome).not.toBe('picked-up');
    expect(flagged.outcome).toBe(plain.outcome === 'picked-up' ? 'manual-review' : plain.outcome);
    expect(flagged.signalStatus).toBe(caseStatus(flagged.signals.map((s) => s.signalStatus)));
    expect(flagged.urgent).toBe(plain.urgent);
  },
);
