import { asHouseholdKey, asIsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INTAKE_CONFIG,
  type IntakeConfig,
  type PopulationRegister,
  type RegisterRecord,
} from './index';
import { aCase, caseSignal, decide, signal, withRegister } from './test-support/cases';

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
  birthDate: asIsoDate('1980-05-17'),
  householdKey: asHouseholdKey('7411AB 12'),
  inMunicipality: true,
};

describe('intakeCase: register and debt assistance', () => {
  it('picks up a registered resident and does not call the register when the check is off', async () => {
    const brp = register([resident]);
    expect(
      (await decide(aCase([caseSignal(signal())]), withRegister(), { register: brp })).signalStatus,
    ).toBe('Opgepakt');
    expect(brp.calls).toBe(1);
    await decide(aCase([caseSignal(signal())]), DEFAULT_INTAKE_CONFIG, { register: brp });
    expect(brp.calls).toBe(1);
  });

  it('sends uncertain cases to manual review, never out', async () => {
    const d = await decide(aCase([caseSignal(signal())]), withRegister(), { register: register([]) });
    expect(d).toMatchObject({ signalStatus: 'Nog niet opgepakt', outcome: 'manual-review' });
    expect(d.signals[0]).toMatchObject({ manualReview: true });
    expect(d.reasons.map((r) => r.code)).toEqual(['register_uncertain']);
  });

  it('handles a mismatch as the preset says', async () => {
    const other = register([{ ...resident, surname: 'Pietersen', initials: 'K' }]);
    const drop = await decide(aCase([caseSignal(signal())]), withRegister(), { register: other });
    expect(drop).toMatchObject({ signalStatus: 'Niet opgepakt: andere reden', partnerMayLearnReason: false });
    const review = await decide(aCase([caseSignal(signal())]), withRegister('manual-review'), {
      register: other,
    });
    expect(review.outcome).toBe('manual-review');
    const ev = caseSignal(signal({ kind: 'eviction' }));
    const crisis = await decide(aCase([ev]), withRegister(), { register: other });
    expect(crisis).toMatchObject({ signalStatus: 'Nog niet opgepakt', outcome: 'crisis' });
  });

  it('maps deceased, not resident and moved to their DDAS statuses', async () => {
    const run = (r: RegisterRecord) =>
      decide(aCase([caseSignal(signal())]), withRegister(), { register: register([r]) });
    expect((await run({ ...resident, deceased: true })).signalStatus).toBe('Inwoner is overleden');
    const gone = await run({ ...resident, inMunicipality: false });
    expect(gone).toMatchObject({
      signalStatus: 'Persoon is geen inwoner (meer) in de gemeente',
      partnerMayLearnReason: true,
    });
    const moved = await run({ ...resident, householdKey: asHouseholdKey('7411CD 3') });
    expect(moved.signalStatus).toBe('Opgepakt');
    expect(moved.reasons[0]?.code).toBe('register_moved_within_municipality');
  });

  it('goes to manual review when the register is missing or fails', async () => {
    const missing = await decide(aCase([caseSignal(signal())]), withRegister(), {});
    expect(missing.reasons[0]?.code).toBe('register_unavailable');
    const failing: PopulationRegister = { lookup: () => Promise.reject(new Error('down')) };
    const failed = await decide(aCase([caseSignal(signal())]), withRegister(), { register: failing });
    expect(failed).toMatchObject({ outcome: 'manual-review' });
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
    const d = await decide(aCase([a, b, c, bv]), withRegister(), { register: brp });
    expect(brp.calls).toBe(2);
    expect(d.signals.map((s) => s.signalStatus)).toEqual([
      'Opgepakt',
      'Opgepakt',
      'Nog niet opgepakt',
      'Niet opgepakt: andere reden',
    ]);
    expect(d).toMatchObject({ signalStatus: 'Opgepakt', outcome: 'picked-up' });
  });

  it('marks residents known at debt assistance, and picks up when the check fails', async () => {
    const cfg: IntakeConfig = { ...DEFAULT_INTAKE_CONFIG, debtAssistanceCheck: { enabled: true } };
    const queries: unknown[] = [];
    const known = await decide(aCase([caseSignal(signal())]), cfg, {
      debtAssistance: {
        isKnown: async (q) => {
          queries.push(q);
          return true;
        },
      },
    });
    expect(known).toMatchObject({
      signalStatus: 'Inwoner al bekend bij schuldhulpverlening',
      outcome: 'not-picked-up',
    });
    expect(queries).toEqual([{ householdKey: '7411AB 12', surname: 'Jansen' }]);
    const down = await decide(aCase([caseSignal(signal())]), cfg, {
      debtAssistance: { isKnown: () => Promise.reject(new Error('down')) },
    });
    expect(down.signalStatus).toBe('Opgepakt');
    expect(down.reasons[0]?.code).toBe('debt_assistance_unavailable');
    expect((await decide(aCase([caseSignal(signal())]), cfg, {})).reasons[0]?.code).toBe(
      'debt_assistance_unavailable',
    );
  });

  it('keeps the crisis flag for an eviction of a resident known at debt assistance', async () => {
    const cfg: IntakeConfig = { ...DEFAULT_INTAKE_CONFIG, debtAssistanceCheck: { enabled: true } };
    const ev = caseSignal(signal({ kind: 'eviction' }));
    const d = await decide(aCase([ev]), cfg, { debtAssistance: { isKnown: async () => true } });
    expect(d).toMatchObject({ signalStatus: 'Inwoner al bekend bij schuldhulpverlening', outcome: 'crisis' });
  });

  it('a register that answers with something other than a list goes to manual review', async () => {
    const odd = { lookup: async () => null } as unknown as PopulationRegister;
    const d = await decide(aCase([caseSignal(signal())]), withRegister(), { register: odd });
    expect(d.outcome).toBe('manual-review');
    expect(d.reasons[0]?.code).toBe('register_error');
  });
});
