import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INTAKE_CONFIG,
  type IntakeConfig,
  intakeCase,
  type PopulationRegister,
  type RegisterRecord,
} from './index';
import { aCase, caseSignal, signal } from './test-support/cases';

const DATE = '2026-10-27';
const M4: IntakeConfig = {
  ...DEFAULT_INTAKE_CONFIG,
  floor: { defaultCents: 10_000, bySector: { water: 0 }, source: 'signaalreis-2023' },
};
const register = (records: RegisterRecord[]): PopulationRegister & { calls: number } => {
  const r = {
    calls: 0,
    lookup: async () => {
      r.calls++;
      return records;
    },
  };
  return r;
};
const resident: RegisterRecord = {
  surname: 'Jansen',
  initials: 'J',
  birthDate: '1980-05-17',
  householdKey: '7411AB 12',
  inMunicipality: true,
};
const withRegister = (onMismatch: 'not-picked-up' | 'manual-review' = 'not-picked-up'): IntakeConfig => ({
  ...DEFAULT_INTAKE_CONFIG,
  registerCheck: { enabled: true, onMismatch, onUncertain: 'manual-review' },
});

describe('intakeCase: per-signal steps', () => {
  it('picks up a plain signal under the default config', async () => {
    const d = await intakeCase(aCase([caseSignal(signal())]), DEFAULT_INTAKE_CONFIG, {}, DATE);
    expect(d).toMatchObject({
      status: 'Opgepakt',
      bucket: 'picked-up',
      urgent: false,
      partnerMayLearnReason: true,
    });
    expect(d.crisis).toBeUndefined();
    expect(d.decidedOn).toBe(DATE);
    expect(d.explanation.nl).toContain('Opgepakt');
  });

  it('applies the floor per sector: below €100 not picked up, except water (signaalreis-2023, municipality 4)', async () => {
    const rent = signal({ id: 'R', amountCents: 9_999 });
    const water = signal({
      id: 'W',
      amountCents: 2_500,
      partner: { id: 'WA', name: 'Water', sector: 'water' },
    });
    const atFloor = signal({ id: 'F', amountCents: 10_000 });
    const d = await intakeCase(
      aCase([caseSignal(rent), caseSignal(water), caseSignal(atFloor)]),
      M4,
      {},
      DATE,
    );
    expect(d.signals.map((s) => s.status)).toEqual([
      'Niet opgepakt: onterecht signaal',
      'Opgepakt',
      'Opgepakt',
    ]);
    expect(d.signals[0]?.reasons[0]).toMatchObject({ step: 'floor', code: 'below_floor' });
    expect(d.signals[0]?.reasons[0]?.source).toContain('signaalreis-2023');
  });

  it('never drops an eviction by the floor and flags it with a 3-working-day deadline (Wgs)', async () => {
    const ev = signal({ kind: 'eviction', amountCents: 500, signalDate: '2026-12-24' });
    const d = await intakeCase(aCase([caseSignal(ev)]), M4, {}, DATE);
    expect(d).toMatchObject({ status: 'Opgepakt', bucket: 'crisis', urgent: true });
    expect(d.crisis).toEqual({ kinds: ['eviction'], deadline: '2026-12-30' });
    expect(d.signals[0]?.reasons.map((r) => r.code)).toEqual(['crisis_exempt', 'crisis']);
  });

  it('treats end-of-supply as urgent but not as crisis by default; a preset may add it', async () => {
    const eos = caseSignal(signal({ kind: 'end-of-supply' }));
    const plain = await intakeCase(aCase([eos]), DEFAULT_INTAKE_CONFIG, {}, DATE);
    expect(plain).toMatchObject({ bucket: 'picked-up', urgent: true });
    expect(plain.crisis).toBeUndefined();
    const cfg = { ...DEFAULT_INTAKE_CONFIG, crisisKinds: ['eviction', 'end-of-supply'] } as IntakeConfig;
    expect((await intakeCase(aCase([eos]), cfg, {}, DATE)).bucket).toBe('crisis');
  });

  it('drops signals outside their window as unjustified unless the preset picks them up', async () => {
    const old = caseSignal(signal(), { window: 'too-old' });
    expect((await intakeCase(aCase([old]), DEFAULT_INTAKE_CONFIG, {}, DATE)).status).toBe(
      'Niet opgepakt: onterecht signaal',
    );
    const cfg: IntakeConfig = { ...DEFAULT_INTAKE_CONFIG, outOfWindow: 'pick-up' };
    expect((await intakeCase(aCase([old]), cfg, {}, DATE)).status).toBe('Opgepakt');
  });

  it('drops a repeat with the same amount, but picks it up when the amount increased (DDAS)', async () => {
    const repeat = { previousMonth: '2026-09', previousSignalId: 'P1', previousAmountCents: 31_250 };
    const same = caseSignal(signal(), { repeat });
    expect((await intakeCase(aCase([same]), DEFAULT_INTAKE_CONFIG, {}, DATE)).status).toBe(
      'Niet opgepakt: herhaalde melding',
    );
    const higher = caseSignal(signal({ amountCents: 31_251 }), { repeat });
    const d = await intakeCase(aCase([higher]), DEFAULT_INTAKE_CONFIG, {}, DATE);
    expect(d.status).toBe('Opgepakt');
    expect(d.signals[0]?.reasons[0]?.code).toBe('repeat_amount_increased');
  });

  it('does not pick up a BV and hides the reason from the partner', async () => {
    const bv = signal({ person: { surname: 'Jansen Holding', legalForm: 'bv' } });
    const d = await intakeCase(aCase([caseSignal(bv)]), DEFAULT_INTAKE_CONFIG, {}, DATE);
    expect(d).toMatchObject({ status: 'Niet opgepakt: andere reden', partnerMayLearnReason: false });
    expect(d.signals[0]).toMatchObject({ partnerMayLearnReason: false });
    const liable = signal({ person: { surname: 'Jansen Holding', legalForm: 'bv', personallyLiable: true } });
    expect((await intakeCase(aCase([caseSignal(liable)]), DEFAULT_INTAKE_CONFIG, {}, DATE)).status).toBe(
      'Opgepakt',
    );
  });

  it('does not pick up a case matching did not forward (pilot), except crisis signals', async () => {
    const notFwd = { forwarded: false, notForwardedReason: 'single signal, pilot forwards only matches' };
    const d = await intakeCase(aCase([caseSignal(signal())], notFwd), DEFAULT_INTAKE_CONFIG, {}, DATE);
    expect(d).toMatchObject({ status: 'Niet opgepakt: andere reden', bucket: 'not-picked-up' });
    expect(d.reasons[0]?.code).toBe('not_forwarded');
    const ev = caseSignal(signal({ kind: 'eviction' }));
    expect((await intakeCase(aCase([ev], notFwd), DEFAULT_INTAKE_CONFIG, {}, DATE)).bucket).toBe('crisis');
  });
});

describe('intakeCase: register and debt assistance', () => {
  it('picks up a registered resident and does not call the register when the check is off', async () => {
    const brp = register([resident]);
    expect(
      (await intakeCase(aCase([caseSignal(signal())]), withRegister(), { register: brp }, DATE)).status,
    ).toBe('Opgepakt');
    expect(brp.calls).toBe(1);
    await intakeCase(aCase([caseSignal(signal())]), DEFAULT_INTAKE_CONFIG, { register: brp }, DATE);
    expect(brp.calls).toBe(1);
  });

  it('sends uncertain cases to manual review, never out', async () => {
    const d = await intakeCase(
      aCase([caseSignal(signal())]),
      withRegister(),
      { register: register([]) },
      DATE,
    );
    expect(d).toMatchObject({ status: 'Nog niet opgepakt', bucket: 'manual-review' });
    expect(d.signals[0]).toMatchObject({ manualReview: true });
    expect(d.reasons.map((r) => r.code)).toEqual(['register_uncertain']);
  });

  it('handles a mismatch as the preset says', async () => {
    const other = register([{ ...resident, surname: 'Pietersen', initials: 'K' }]);
    const drop = await intakeCase(aCase([caseSignal(signal())]), withRegister(), { register: other }, DATE);
    expect(drop).toMatchObject({ status: 'Niet opgepakt: andere reden', partnerMayLearnReason: false });
    const review = await intakeCase(
      aCase([caseSignal(signal())]),
      withRegister('manual-review'),
      { register: other },
      DATE,
    );
    expect(review.bucket).toBe('manual-review');
    const ev = caseSignal(signal({ kind: 'eviction' }));
    const crisis = await intakeCase(aCase([ev]), withRegister(), { register: other }, DATE);
    expect(crisis).toMatchObject({ status: 'Nog niet opgepakt', bucket: 'crisis' });
  });

  it('maps deceased, not resident and moved to their DDAS statuses', async () => {
    const run = (r: RegisterRecord) =>
      intakeCase(aCase([caseSignal(signal())]), withRegister(), { register: register([r]) }, DATE);
    expect((await run({ ...resident, deceased: true })).status).toBe('Inwoner is overleden');
    const gone = await run({ ...resident, inMunicipality: false });
    expect(gone).toMatchObject({
      status: 'Persoon is geen inwoner (meer) in de gemeente',
      partnerMayLearnReason: true,
    });
    const moved = await run({ ...resident, householdKey: '7411CD 3' });
    expect(moved.status).toBe('Opgepakt');
    expect(moved.reasons[0]?.code).toBe('register_moved_within_municipality');
  });

  it('goes to manual review when the register is missing or fails', async () => {
    const missing = await intakeCase(aCase([caseSignal(signal())]), withRegister(), {}, DATE);
    expect(missing.reasons[0]?.code).toBe('register_unavailable');
    const failing: PopulationRegister = { lookup: () => Promise.reject(new Error('down')) };
    const failed = await intakeCase(
      aCase([caseSignal(signal())]),
      withRegister(),
      { register: failing },
      DATE,
    );
    expect(failed).toMatchObject({ bucket: 'manual-review' });
    expect(failed.reasons[0]?.code).toBe('register_error');
  });

  it('checks each person once, skipping dropped signals', async () => {
    const brp = register([resident]);
    const a = caseSignal(signal({ id: 'A' }));
    const b = caseSignal(signal({ id: 'B' }));
    const c = caseSignal(
      signal({ id: 'C', person: { surname: 'Jansen', initials: 'M.', legalForm: 'individual' } }),
    );
    const bv = caseSignal(signal({ id: 'D', person: { surname: 'X', legalForm: 'bv' } }));
    const d = await intakeCase(aCase([a, b, c, bv]), withRegister(), { register: brp }, DATE);
    expect(brp.calls).toBe(2);
    expect(d.signals.map((s) => s.status)).toEqual([
      'Opgepakt',
      'Opgepakt',
      'Nog niet opgepakt',
      'Niet opgepakt: andere reden',
    ]);
    expect(d).toMatchObject({ status: 'Opgepakt', bucket: 'picked-up' });
  });

  it('marks residents known at debt assistance, and picks up when the check fails', async () => {
    const cfg: IntakeConfig = { ...DEFAULT_INTAKE_CONFIG, debtAssistanceCheck: { enabled: true } };
    const queries: unknown[] = [];
    const known = await intakeCase(
      aCase([caseSignal(signal())]),
      cfg,
      {
        debtAssistance: {
          isKnown: async (q) => {
            queries.push(q);
            return true;
          },
        },
      },
      DATE,
    );
    expect(known).toMatchObject({
      status: 'Inwoner al bekend bij schuldhulpverlening',
      bucket: 'not-picked-up',
    });
    expect(queries).toEqual([{ householdKey: '7411AB 12', surname: 'Jansen' }]);
    const down = await intakeCase(
      aCase([caseSignal(signal())]),
      cfg,
      {
        debtAssistance: { isKnown: () => Promise.reject(new Error('down')) },
      },
      DATE,
    );
    expect(down.status).toBe('Opgepakt');
    expect(down.reasons[0]?.code).toBe('debt_assistance_unavailable');
    expect((await intakeCase(aCase([caseSignal(signal())]), cfg, {}, DATE)).reasons[0]?.code).toBe(
      'debt_assistance_unavailable',
    );
  });

  it('keeps the crisis flag for an eviction of a resident known at debt assistance', async () => {
    const cfg: IntakeConfig = { ...DEFAULT_INTAKE_CONFIG, debtAssistanceCheck: { enabled: true } };
    const ev = caseSignal(signal({ kind: 'eviction' }));
    const d = await intakeCase(aCase([ev]), cfg, { debtAssistance: { isKnown: async () => true } }, DATE);
    expect(d).toMatchObject({ status: 'Inwoner al bekend bij schuldhulpverlening', bucket: 'crisis' });
  });
});
