import { fc, test } from '@fast-check/vitest';
import { LEGAL_FORMS, SECTORS, SIGNAL_KINDS, type Signal } from '@signaalreis/core';
import { expect } from 'vitest';
import {
  caseStatus,
  DEFAULT_INTAKE_CONFIG,
  type IntakeCaseSignal,
  type IntakeConfig,
  intakeCase,
  matchPerson,
} from './index';
import { aCase, caseSignal, signal } from './test-support/cases';

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

const caseSignalArb: fc.Arbitrary<IntakeCaseSignal> = fc
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
        : { previousMonth: '2026-09', previousSignalId: 'P', previousAmountCents: previous };
    return caseSignal(s, { window, repeat });
  });

const caseArb = fc.record({
  signals: fc.array(caseSignalArb, { minLength: 1, maxLength: 5 }),
  forwarded: fc.boolean(),
});

test.prop([configArb, caseArb])(
  'floors, windows and repeats never drop a crisis signal',
  async (config, c) => {
    const d = await intakeCase(aCase(c.signals, { forwarded: c.forwarded }), config, {}, '2026-10-29');
    c.signals.forEach((cs, i) => {
      const crisis = config.crisisKinds.includes(cs.signal.kind);
      const legalOk =
        !config.naturalPersonsOnly ||
        ['individual', 'eenmanszaak', 'maatschap', 'vof', 'cv'].includes(cs.signal.person.legalForm);
      if (crisis && legalOk) {
        expect(d.signals[i]?.status).toBe('Opgepakt');
        expect(d.crisis?.kinds).toContain(cs.signal.kind);
        expect(d.bucket).toBe('crisis');
        expect(d.urgent).toBe(true);
      }
    });
  },
);

test.prop([configArb, caseArb])(
  'each signal gets one status; the case status follows the precedence',
  async (config, c) => {
    const input = aCase(c.signals, { forwarded: c.forwarded });
    const d = await intakeCase(input, config, {}, '2026-10-29');
    expect(d.signals.map((s) => s.signalId)).toEqual(c.signals.map((cs) => cs.signal.signalId));
    expect(d.status).toBe(caseStatus(d.signals.map((s) => s.status)));
    expect(d.partnerMayLearnReason).toBe(d.status !== 'Niet opgepakt: andere reden');
    for (const s of d.signals) if (s.status !== 'Opgepakt') expect(s.reasons.length).toBeGreaterThan(0);
    expect(await intakeCase(input, config, {}, '2026-10-29')).toEqual(d);
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
    const a = await intakeCase(input, lower, {}, '2026-10-29');
    const b = await intakeCase(input, higher, {}, '2026-10-29');
    a.signals.forEach((s, i) => {
      if (s.status !== 'Opgepakt') expect(b.signals[i]?.status).not.toBe('Opgepakt');
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
    const q = { surname, prefix, initials, birthDate: '1980-05-17', householdKey: '7411AB 12' };
    const stripped = surname.normalize('NFD').replace(/\p{M}/gu, '');
    const joined = `${prefix ?? ''}${stripped}`.replace(/[ ']/g, '').toUpperCase();
    const record = {
      surname: joined,
      initials: 'J',
      birthDate: '1980-05-17',
      householdKey: '7411AB 12',
      inMunicipality: true,
    };
    expect(matchPerson(q, [record]).verdict).toBe('match');
  },
);

test.prop([fc.constantFrom(...DEFAULT_INTAKE_CONFIG.crisisKinds)])(
  'the default config treats its crisis kinds as crisis',
  async (kind) => {
    const d = await intakeCase(
      aCase([caseSignal(signal({ kind, amountCents: 1 }))]),
      DEFAULT_INTAKE_CONFIG,
      {},
      '2026-10-29',
    );
    expect(d.bucket).toBe('crisis');
  },
);
