import { asCents, asIsoMonth, asSignalId, bi, type IsoDate, issue } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INTAKE_CONFIG, type IntakeConfig, intakeCase } from './index';
import { aCase, caseSignal, DATE, decide, signal } from './test-support/cases';

const M4: IntakeConfig = {
  ...DEFAULT_INTAKE_CONFIG,
  floor: { defaultCents: 10_000, bySector: { water: 0 }, source: 'signaalreis-2023' },
};

describe('intakeCase: per-signal steps', () => {
  it('picks up a plain signal under the default config', async () => {
    const d = await decide(aCase([caseSignal(signal())]), DEFAULT_INTAKE_CONFIG, {});
    expect(d).toMatchObject({
      signalStatus: 'Opgepakt',
      outcome: 'picked-up',
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
    const d = await decide(aCase([caseSignal(rent), caseSignal(water), caseSignal(atFloor)]), M4, {});
    expect(d.signals.map((s) => s.signalStatus)).toEqual([
      'Niet opgepakt: onterecht signaal',
      'Opgepakt',
      'Opgepakt',
    ]);
    expect(d.signals[0]?.reasons[0]).toMatchObject({ step: 'floor', code: 'below_floor' });
    expect(d.signals[0]?.reasons[0]?.source).toContain('signaalreis-2023');
  });

  it('never drops an eviction by the floor and flags it with a 3-working-day deadline (Wgs)', async () => {
    const ev = signal({ kind: 'eviction', amountCents: 500, signalDate: '2026-12-24' });
    const d = await decide(aCase([caseSignal(ev)]), M4, {});
    expect(d).toMatchObject({ signalStatus: 'Opgepakt', outcome: 'crisis', urgent: true });
    expect(d.crisis).toEqual({ kinds: ['eviction'], deadline: '2026-12-30' });
    expect(d.signals[0]?.reasons.map((r) => r.code)).toEqual(['crisis_exempt', 'crisis']);
  });

  it('treats end-of-supply as urgent but not as crisis by default; a preset may add it', async () => {
    const eos = caseSignal(signal({ kind: 'end-of-supply' }));
    const plain = await decide(aCase([eos]), DEFAULT_INTAKE_CONFIG, {});
    expect(plain).toMatchObject({ outcome: 'picked-up', urgent: true });
    expect(plain.crisis).toBeUndefined();
    const cfg = { ...DEFAULT_INTAKE_CONFIG, crisisKinds: ['eviction', 'end-of-supply'] } as IntakeConfig;
    expect((await decide(aCase([eos]), cfg, {})).outcome).toBe('crisis');
  });

  it('drops signals outside their window as unjustified unless the preset picks them up', async () => {
    const old = caseSignal(signal(), { window: 'too-old' });
    expect((await decide(aCase([old]), DEFAULT_INTAKE_CONFIG, {})).signalStatus).toBe(
      'Niet opgepakt: onterecht signaal',
    );
    const cfg: IntakeConfig = { ...DEFAULT_INTAKE_CONFIG, outOfWindow: 'pick-up' };
    expect((await decide(aCase([old]), cfg, {})).signalStatus).toBe('Opgepakt');
  });

  it('drops a repeat with the same amount, but picks it up when the amount increased (DDAS)', async () => {
    const repeat = {
      previousMonth: asIsoMonth('2026-09'),
      previousSignalId: asSignalId('P1'),
      previousAmountCents: asCents(31_250),
    };
    const same = caseSignal(signal(), { repeat });
    expect((await decide(aCase([same]), DEFAULT_INTAKE_CONFIG, {})).signalStatus).toBe(
      'Niet opgepakt: herhaalde melding',
    );
    const higher = caseSignal(signal({ amountCents: 31_251 }), { repeat });
    const d = await decide(aCase([higher]), DEFAULT_INTAKE_CONFIG, {});
    expect(d.signalStatus).toBe('Opgepakt');
    expect(d.signals[0]?.reasons[0]?.code).toBe('repeat_amount_increased');
  });

  it('does not pick up a BV and hides the reason from the partner', async () => {
    const bv = signal({ person: { surname: 'Jansen Holding', legalForm: 'bv' } });
    const d = await decide(aCase([caseSignal(bv)]), DEFAULT_INTAKE_CONFIG, {});
    expect(d).toMatchObject({ signalStatus: 'Niet opgepakt: andere reden', partnerMayLearnReason: false });
    expect(d.signals[0]).toMatchObject({ partnerMayLearnReason: false });
    const liable = signal({ person: { surname: 'Jansen Holding', legalForm: 'bv', personallyLiable: true } });
    expect((await decide(aCase([caseSignal(liable)]), DEFAULT_INTAKE_CONFIG, {})).signalStatus).toBe(
      'Opgepakt',
    );
  });

  it('does not pick up a case matching did not forward (pilot), except crisis signals', async () => {
    const notFwd = {
      forwarded: false,
      notForwardedReason: bi(
        'één signaal, de pilot stuurt alleen samenlopen door',
        'single signal, pilot forwards only matches',
      ),
    };
    const d = await decide(aCase([caseSignal(signal())], notFwd), DEFAULT_INTAKE_CONFIG, {});
    expect(d).toMatchObject({ signalStatus: 'Niet opgepakt: andere reden', outcome: 'not-picked-up' });
    expect(d.reasons[0]?.code).toBe('not_forwarded');
    expect(d.reasons[0]?.message).toEqual({
      nl: 'Niet doorgestuurd: één signaal, de pilot stuurt alleen samenlopen door',
      en: 'Not forwarded: single signal, pilot forwards only matches',
    });
    const ev = caseSignal(signal({ kind: 'eviction' }));
    expect((await decide(aCase([ev], notFwd), DEFAULT_INTAKE_CONFIG, {})).outcome).toBe('crisis');
  });
});

describe('intakeCase: matching asked for a manual review', () => {
  const flagged = {
    manualReview: true,
    issues: [
      issue(
        'too_many_signals',
        ['cases', '2026-10-0001'],
        bi('40 signalen voor één huishouden', '40 signals for one household'),
      ),
    ],
  };

  it('holds a case back that would be picked up: Nog niet opgepakt, manual-review, with the reason in the explanation', async () => {
    const d = await decide(
      aCase([caseSignal(signal({ id: 'A' })), caseSignal(signal({ id: 'B' }))], flagged),
      DEFAULT_INTAKE_CONFIG,
    );
    expect(d).toMatchObject({
      signalStatus: 'Nog niet opgepakt',
      outcome: 'manual-review',
      partnerMayLearnReason: true,
    });
    expect(d.signals.map((s) => [s.signalStatus, s.manualReview])).toEqual([
      ['Nog niet opgepakt', true],
      ['Nog niet opgepakt', true],
    ]);
    expect(d.reasons.map((r) => [r.step, r.code])).toEqual([['matching-review', 'matching_manual_review']]);
    expect(d.reasons[0]?.message.en).toContain('40 signals for one household');
    expect(d.explanation.nl).toMatch(/^Nog niet opgepakt \(bak: handmatige controle\)\./);
    expect(d.explanation.nl).toContain(
      'A: Nog niet opgepakt [handmatig] — Eerst handmatig controleren: 40 signalen',
    );
    expect(d.explanation.en).toMatch(/^Not yet picked up \(bucket: manual-review\)\./);
  });

  it('keeps what is not picked up as it is, and a crisis stays a crisis', async () => {
    const bv = await decide(
      aCase([caseSignal(signal({ person: { surname: 'X', legalForm: 'bv' } }))], flagged),
      DEFAULT_INTAKE_CONFIG,
    );
    expect(bv).toMatchObject({ signalStatus: 'Niet opgepakt: andere reden', outcome: 'not-picked-up' });
    expect(bv.reasons.map((r) => r.code)).not.toContain('matching_manual_review');
    const ev = await decide(
      aCase([caseSignal(signal({ kind: 'eviction' }))], flagged),
      DEFAULT_INTAKE_CONFIG,
    );
    expect(ev).toMatchObject({ signalStatus: 'Opgepakt', outcome: 'crisis' });
  });
});

describe('intakeCase: bad input gives issues, never a throw', () => {
  it('fails for a date that is not a real date', async () => {
    const j = aCase([caseSignal(signal())]);
    const r = await intakeCase(j, DEFAULT_INTAKE_CONFIG, 'not-a-date' as IsoDate);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([['invalid_date', ['on']]]);
      expect(r.issues[0]?.message.nl).toContain('not-a-date');
    }
  });

  it('fails for a configuration that does not validate, with paths under config', async () => {
    const bad = { ...DEFAULT_INTAKE_CONFIG, floor: { defaultCents: -1, source: 'x' } } as IntakeConfig;
    const r = await intakeCase(aCase([caseSignal(signal())]), bad, DATE);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual([['config', 'floor', 'defaultCents']]);
    const missing = await intakeCase(aCase([caseSignal(signal())]), {} as IntakeConfig, DATE);
    expect(missing.ok).toBe(false);
  });

  it('fails when a crisis deadline falls outside the working-day calendar', async () => {
    const ev = caseSignal(signal({ kind: 'eviction', signalDate: '1985-10-26', arrearSince: '1985-09-01' }));
    const r = await intakeCase(aCase([ev]), DEFAULT_INTAKE_CONFIG, DATE);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['date_outside_calendar', ['match', 'signals', 0, 'signal', 'signalDate']],
      ]);
    }
  });
});
