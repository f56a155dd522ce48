// practice-2 (signaalreis-2023, annex, municipality 2, with the call centre of the body), sentence by sentence:
// each `it` quotes the Dutch sentence of the source (docs/practices/practice-2.md) and checks what
// the preset makes of a month. The preset has the register (BRP) check on, so every run here gives
// a register: one that knows everyone at the address under the signal's name.
import {
  type HistoryEntry,
  type IntakeLookups,
  type PopulationRegister,
  type Signal,
  worklistBucket,
} from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';
import {
  caseOf,
  channels,
  households,
  MONTH,
  row,
  signal,
  stepPairs,
  usageOf,
} from './builders-a.test-support';

const loaded = municipalityPreset('practice-2');
if (!loaded.ok) throw new Error(`practice-2 does not load: ${JSON.stringify(loaded.issues)}`);
const preset = loaded.value;

/** Everyone is registered at the signal's address under the signal's name. */
const brp: PopulationRegister = {
  lookup: async (q) => [{ surname: q.surname, householdKey: q.householdKey, inMunicipality: true }],
};

async function plan(
  signals: Signal[],
  history: HistoryEntry[] = [],
  lookups: IntakeLookups = { register: brp },
) {
  const r = await runPresetMonth(preset, { month: MONTH, signals, history, lookups });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('practice-2 (signaalreis-2023, annex, municipality 2)', () => {
  it('is a medium preset on the national baseline: no floor, register check with manual review', () => {
    expect(preset.lineage).toEqual(['practice-2', 'national-baseline']);
    expect(preset.preset.municipalityType).toBe('medium');
    expect(preset.preset.intake.floor.defaultCents).toBe(0);
    expect(preset.preset.intake.registerCheck).toEqual({
      enabled: true,
      onMismatch: 'manual-review',
      onUncertain: 'manual-review',
    });
  });

  it('"Enkelvoudig E+W+Z+H < € 575: sms/brief/email (automatisch)"', async () => {
    const m = await plan([
      signal(1, 57_499, { sector: 'energy' }),
      signal(2, 57_499, { sector: 'water' }),
      signal(3, 57_499, { sector: 'health' }),
      signal(4, 57_499, { sector: 'rent' }),
      signal(5, 57_500, { sector: 'rent' }), // exactly €575: not "> € 575" (project default)
      signal(6, 30_000, { email: false }),
      signal(7, 30_000, { phone: false }),
      signal(8, 30_000, { phone: false, email: false }),
    ]);
    for (const hn of [1, 2, 3, 4, 5]) {
      const c = caseOf(m, hn);
      expect(worklistBucket(c)).toBe('enkelvoudig-automatisch-callcenter');
      expect(stepPairs(c).slice(0, 2)).toEqual(['sms/municipality', 'email/municipality']);
      expect(channels(c)).not.toContain('home-visit');
    }
    // sms, letter or e-mail by the contact data known (project default)
    expect(channels(caseOf(m, 6)).slice(0, 2)).toEqual(['sms', 'letter']);
    expect(channels(caseOf(m, 7))[0]).toBe('email');
    expect(channels(caseOf(m, 8))).toEqual(['letter']);
  });

  it('"Ook CAK-lijst wordt ingelezen in RIS. Alleen de nieuw aangemeld bij CAK. Het zijn ca. 80 CAK-meldingen per maand." — a CAK signal is routed as a single health signal', async () => {
    // Reading only new registrations is done before the signals reach signaalreis.
    const m = await plan([signal(1, 40_000, { kind: 'cak' })]);
    expect(row(caseOf(m, 1))).toEqual({
      signalStatus: 'Opgepakt',
      bucket: 'enkelvoudig-automatisch-callcenter',
    });
    expect(caseOf(m, 1).allocation?.primaryChannel).toBe('phone');
  });

  it('"Er is een BRP-check. Sinds juni 2023 controleren ze alle signalen die niet door BRP-check komen."', async () => {
    const register: PopulationRegister = {
      lookup: async (q) => {
        if (q.householdKey === '7411AB 2')
          return [{ surname: 'Pietersen', householdKey: q.householdKey, inMunicipality: true }];
        if (q.householdKey === '7411AB 3')
          return [{ surname: q.surname, householdKey: q.householdKey, inMunicipality: false }];
        return [{ surname: q.surname, householdKey: q.householdKey, inMunicipality: true }];
      },
    };
    const m = await plan([signal(1, 30_000), signal(2, 30_000), signal(3, 30_000)], [], { register });
    expect(row(caseOf(m, 1))).toEqual({
      signalStatus: 'Opgepakt',
      bucket: 'enkelvoudig-automatisch-callcenter',
    });
    // Fall-out is checked by hand, never dropped: it waits in manual review, unrouted.
    expect(row(caseOf(m, 2))).toEqual({ signalStatus: 'Nog niet opgepakt', bucket: 'manual-review' });
    expect(caseOf(m, 2).allocation).toBeUndefined();
    expect(caseOf(m, 3).intake.signalStatus).toBe('Persoon is geen inwoner (meer) in de gemeente');
    // Without a register connection every case waits for the hand check (the embedded tests show this).
    const none = await plan([signal(4, 30_000)], [], {});
    expect(row(caseOf(none, 4))).toEqual({ signalStatus: 'Nog niet opgepakt', bucket: 'manual-review' });
  });

  it('"Ca. 250 signalen per maand." / "Team van 2,5 personen." — 35 visits a month (project default); full → the call centre', async () => {
    // 36 households with two signals (energy + water) all ask for a visit of the municipality.
    const signals = Array.from({ length: 36 }, (_, i) => [
      signal(100 + i, 40_000 - i * 100, { sector: 'energy' }),
      signal(100 + i, 10_000, { sector: 'water' }),
    ]).flat();
    const m = await plan(signals);
    expect(usageOf(m, 'home-visit')).toMatchObject({
      perMonth: 35,
      used: 35,
      available: 0,
      overflowedOut: 1,
    });
    expect(usageOf(m, 'phone', 'call-centre')).toMatchObject({ used: 1, overflowedIn: 1, available: null });
    const last = caseOf(m, 135);
    expect(stepPairs(last)).toEqual(['phone/call-centre', 'phone/municipality']);
    expect(last.allocation).toMatchObject({
      primaryChannel: 'phone',
      team: 'call-centre',
      changedBy: { capacity: true },
    });
  });

  it('"Enkelvoudig H > € 575: HB + telefoon (door wijkteams)"', async () => {
    const m = await plan([
      signal(1, 57_501, { sector: 'rent' }),
      signal(2, 57_500, { sector: 'rent' }),
      signal(3, 90_000, { sector: 'energy' }), // a single E/W/Z above €575: no row → call centre (project default)
    ]);
    expect(worklistBucket(caseOf(m, 1))).toBe('enkelvoudig-h-boven-575');
    expect(stepPairs(caseOf(m, 1))).toEqual(['home-visit/neighbourhood-team', 'phone/neighbourhood-team']);
    expect(worklistBucket(caseOf(m, 2))).toBe('enkelvoudig-automatisch-callcenter');
    expect(worklistBucket(caseOf(m, 3))).toBe('enkelvoudig-automatisch-callcenter');
  });

  it('"Meervoudig E+W+Z: HB + telefoon (door gemeente)" — no amount condition', async () => {
    const m = await plan([
      signal(1, 3_000, { sector: 'energy' }),
      signal(1, 3_000, { sector: 'health' }),
      signal(2, 2_000, { sector: 'water' }),
      signal(2, 2_000, { sector: 'water', arrearSince: '2026-07-20' }), // two signals of one partner
    ]);
    for (const hn of [1, 2]) {
      expect(worklistBucket(caseOf(m, hn))).toBe('meervoudig-ewz');
      expect(stepPairs(caseOf(m, hn))).toEqual(['home-visit/municipality', 'phone/municipality']);
    }
  });

  it('"Meervoudig E+W+Z+H: HB + telefoon (door wijkteams)"', async () => {
    const m = await plan([signal(1, 3_000, { sector: 'rent' }), signal(1, 3_000, { sector: 'energy' })]);
    expect(worklistBucket(caseOf(m, 1))).toBe('meervoudig-ewzh');
    expect(stepPairs(caseOf(m, 1))).toEqual(['home-visit/neighbourhood-team', 'phone/neighbourhood-team']);
  });

  it('"Dus: alle signalen met huur: naar wijkteams (onder regie van gemeente). alle signalen zonder huur: door gemeente"', async () => {
    const m = await plan([
      signal(1, 20_000, { sector: 'rent' }),
      signal(1, 20_000, { sector: 'health' }),
      signal(2, 20_000, { sector: 'energy' }),
      signal(2, 20_000, { sector: 'health' }),
      signal(3, 80_000, { sector: 'rent' }),
      signal(4, 120_000, { sector: 'rent', kind: 'eviction' }),
    ]);
    for (const hn of [1, 3, 4]) {
      const c = caseOf(m, hn);
      expect(c.allocation?.steps.find((s) => s.channel === 'home-visit')?.team).toBe('neighbourhood-team');
    }
    expect(caseOf(m, 2).allocation?.steps.find((s) => s.channel === 'home-visit')?.team).toBe('municipality');
    expect(worklistBucket(caseOf(m, 4))).toBe('crisis');
    expect(caseOf(m, 4).route?.deadline).toBe('2026-10-29'); // crisis: 3 working days (project default)
  });

  it('"Als iemand niet thuis bij HB: dan bellen." — the visit comes first, the call after it', async () => {
    const m = await plan([signal(1, 60_000, { sector: 'rent' })]);
    expect(caseOf(m, 1).route?.steps.map((s) => s.channel)).toEqual(['home-visit', 'phone']);
  });

  it('"Callcenter-bedrijf belt inwoners met melding(en). Alle inwoners zonder HB worden gebeld (maar niet voor bedragen van € 25)."', async () => {
    const m = await plan([
      signal(1, 2_500),
      signal(2, 2_501),
      signal(3, 40_000, { sector: 'water' }),
      signal(4, 40_000, { phone: false }),
    ]);
    expect(worklistBucket(caseOf(m, 1))).toBe('enkelvoudig-automatisch');
    expect(channels(caseOf(m, 1))).not.toContain('phone');
    for (const hn of [2, 3]) {
      const call = caseOf(m, hn).allocation?.steps.find((s) => s.team === 'call-centre');
      // "7 belpogingen op verschillende tijdstippen in de week en ook in de avonduren en ook op zaterdag" (body)
      expect(call).toMatchObject({
        channel: 'phone',
        attempts: 7,
        partsOfDay: ['morning', 'afternoon', 'evening'],
        saturday: true,
      });
    }
    // Without a number the call centre must first find one ("koopt … telefoonnummers in"): reported.
    expect(caseOf(m, 4).allocation?.outcome).toBe('partial');
    expect(usageOf(m, 'phone', 'call-centre')).toMatchObject({ used: 2, unplaced: 1 });
    // Every case without a visit above €25 is called by the call centre.
    const more = await plan(households(12, 20, 57_000, { sector: 'health' }));
    for (const c of more.journeys) {
      expect(channels(c)).not.toContain('home-visit');
      expect(c.allocation?.steps.some((s) => s.team === 'call-centre')).toBe(true);
    }
  });

  it('"Als iemand niet met HB wordt bereikt, wordt gebeld door wijkteam of door vroegsignaleringsteam van gemeente."', async () => {
    const m = await plan([
      signal(1, 70_000, { sector: 'rent' }),
      signal(2, 10_000, { sector: 'energy' }),
      signal(2, 10_000, { sector: 'water' }),
    ]);
    expect(stepPairs(caseOf(m, 1))).toEqual(['home-visit/neighbourhood-team', 'phone/neighbourhood-team']);
    expect(stepPairs(caseOf(m, 2))).toEqual(['home-visit/municipality', 'phone/municipality']);
    for (const hn of [1, 2]) expect(stepPairs(caseOf(m, hn))).not.toContain('phone/call-centre');
  });

  it('"Team Vroegsignalering stemt met de collega\'s van wijkteam af wie welke meldingen doet." — the worklists are per team', async () => {
    const m = await plan([
      signal(1, 70_000, { sector: 'rent' }),
      signal(2, 10_000, { sector: 'energy' }),
      signal(2, 10_000, { sector: 'water' }),
      signal(3, 30_000),
    ]);
    const teams = new Set(m.journeys.flatMap((c) => (c.allocation?.steps ?? []).map((s) => s.team)));
    expect([...teams].sort()).toEqual(['call-centre', 'municipality', 'neighbourhood-team']);
  });

  it('"Ze ondersteunen ook natuurlijke personen die eigenlijk zakelijk zijn - verwijzen ze door naar andere type hulp (specifiek voor ondernemers)."', async () => {
    // A sole trader (eenmanszaak) is a natural person and is contacted; a BV is not picked up.
    const m = await plan([
      signal(1, 70_000, { sector: 'rent', legalForm: 'eenmanszaak' }),
      signal(2, 70_000, { sector: 'rent', legalForm: 'bv' }),
    ]);
    expect(row(caseOf(m, 1))).toEqual({ signalStatus: 'Opgepakt', bucket: 'enkelvoudig-h-boven-575' });
    expect(caseOf(m, 2).intake.signalStatus).toBe('Niet opgepakt: andere reden');
  });

  // The feedback row ("Terugkoppeling aan VLP's loopt alleen via RIS." …) is lifecycle
  // work outside the preset; nothing to check here.
});
