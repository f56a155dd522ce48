// practice-3 (signaalreis-2023, annex, municipality 3), sentence by sentence: each `it` quotes the Dutch sentence
// of the source (docs/practices/practice-3.md) and checks what the preset makes of a month.
import { asIsoMonth, type HistoryEntry, type Signal, worklistBucket } from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';
import {
  caseOf,
  channels,
  households,
  MONTH,
  ON,
  past,
  row,
  signal,
  stepPairs,
  usageOf,
} from './builders-a.test-support';

const loaded = municipalityPreset('practice-3');
if (!loaded.ok) throw new Error(`practice-3 does not load: ${JSON.stringify(loaded.issues)}`);
const preset = loaded.value;

async function plan(signals: Signal[], history: HistoryEntry[] = [], month = MONTH) {
  const r = await runPresetMonth(preset, { month, signals, history });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('practice-3 (signaalreis-2023, annex, municipality 3)', () => {
  it('is a small preset on the national baseline', () => {
    expect(preset.lineage).toEqual(['practice-3', 'national-baseline']);
    expect(preset.preset.municipalityType).toBe('small');
  });

  it('"Signalen 1x per maand verzameld en verdeeld - deadline rond 26ste/27ste - komen automatisch in de bakjes."', async () => {
    const m = await plan([signal(1, 10_000), signal(2, 30_000), signal(3, 60_000)]);
    expect(m.decidedOn).toBe(ON); // the month's batch, decided on the delivery day
    expect(m.journeys.map(worklistBucket)).toEqual(['huisbezoek', 'telefonisch-contact', 'email']);
    expect(m.allocation.unplaced).toEqual([]);
  });

  it('"Alle signalen die in de week na de sluiting nog binnenkomen, pakken ze ook op." — (gap) a late signal goes to the next month, not lost', async () => {
    const late = signal(1, 30_000, { signalDate: '2026-11-02' });
    const october = await plan([signal(2, 30_000), late]);
    expect(october.matching.setAside.map((s) => s.issue.code)).toEqual(['signal_not_in_month']);
    const november = await plan([late], [], asIsoMonth('2026-11'));
    expect(row(caseOf(november, 1))).toEqual({ signalStatus: 'Opgepakt', bucket: 'telefonisch-contact' });
  });

  it('"Er is geen ondergrens; alle signalen worden opgepakt."', async () => {
    const m = await plan(
      [signal(1, 1), signal(2, 500, { sector: 'water' }), signal(3, 20_000)],
      [past(asIsoMonth('2026-09'), 3, 20_000)],
    );
    for (const hn of [1, 2])
      expect(row(caseOf(m, hn))).toEqual({ signalStatus: 'Opgepakt', bucket: 'email' });
    // a repeat of last month's signal is picked up too (it lands in the recidive bucket)
    expect(row(caseOf(m, 3))).toEqual({ signalStatus: 'Opgepakt', bucket: 'recidive-en-schuivers' });
  });

  it('"Eindeleveringssignalen en warme doorverwijzingen (pilot) komen automatisch binnen – dat kan elke dag. Die worden per direct opgepakt."', async () => {
    const m = await plan([
      signal(1, 90_000),
      signal(2, 10_000, { sector: 'energy', kind: 'end-of-supply' }),
      signal(3, 10_000, { kind: 'warm-referral' }),
    ]);
    for (const hn of [2, 3]) {
      const c = caseOf(m, hn);
      expect(c.intake.urgent).toBe(true);
      expect(worklistBucket(c)).toBe('eindelevering-warme-doorverwijzing');
      expect(c.route?.deadline).toBe(ON); // at once
      expect(stepPairs(c)).toEqual(['phone/debt-assistance', 'home-visit/neighbourhood-team']);
    }
    // not a crisis by itself (ministry, Nov 2023), but served before the ordinary visits
    expect(caseOf(m, 2).intake.crisis).toBeUndefined();
    // allocation serves the lower priority number first (then matching's rank)
    expect(caseOf(m, 2).route?.priority).toBeLessThan(caseOf(m, 1).route?.priority ?? 0);
  });

  it('"Bij de lokale woningbouwcorporatie geldt: op de 1e moet zijn betaald. Op de 5e kijkt verhuurder zelf wie heeft betaald/betalingsregeling getroffen. …" — (gap) no hold: a rent signal is routed at once', async () => {
    const m = await plan([signal(1, 30_000, { sector: 'rent' })]);
    expect(row(caseOf(m, 1))).toEqual({ signalStatus: 'Opgepakt', bucket: 'telefonisch-contact' });
  });

  it('"80 tot 100 signalen per maand." / "Per maand: 20 HB-en, 50 telefoon" — full visits overflow to a call, full calls to e-mail', async () => {
    const visits = households(22, 100, 90_000); // 22 above €500
    const calls = households(49, 200, 45_000); // 49 between €250 and €500
    const m = await plan([...visits, ...calls]);
    expect(usageOf(m, 'home-visit')).toMatchObject({
      perMonth: 20,
      used: 20,
      available: 0,
      overflowedOut: 2,
    });
    expect(usageOf(m, 'phone')).toMatchObject({ perMonth: 50, used: 50, available: 0, overflowedOut: 1 });
    expect(usageOf(m, 'phone', 'debt-assistance')).toMatchObject({ used: 50, overflowedIn: 2 });
    // the two visits that did not fit are called by the debt counsellors instead
    for (const hn of [120, 121]) {
      expect(caseOf(m, hn).allocation).toMatchObject({
        primaryChannel: 'phone',
        team: 'debt-assistance',
        changedBy: { capacity: true },
      });
    }
    // the last call does not fit: a mail
    const last = caseOf(m, 248);
    expect(channels(last)).not.toContain('phone');
    expect(last.allocation?.primaryChannel).toBe('email');
  });

  it('"< € 250: email; € 250-€ 500: telefonisch contact; > € 500: huisbezoek"', async () => {
    const m = await plan([
      signal(1, 24_999),
      signal(2, 25_000),
      signal(3, 50_000),
      signal(4, 50_001),
      signal(5, 15_000, { sector: 'rent' }), // two signals: the total counts (project default)
      signal(5, 15_000, { sector: 'energy' }),
    ]);
    expect(caseOf(m, 1).route?.bucket).toBe('email');
    expect(caseOf(m, 1).allocation).toMatchObject({ primaryChannel: 'email' });
    expect(caseOf(m, 2).route?.bucket).toBe('telefonisch-contact');
    expect(caseOf(m, 2).allocation).toMatchObject({ primaryChannel: 'phone' });
    expect(caseOf(m, 3).route?.bucket).toBe('telefonisch-contact');
    expect(caseOf(m, 3).allocation).toMatchObject({ primaryChannel: 'phone' });
    expect(caseOf(m, 4).route?.bucket).toBe('huisbezoek');
    expect(caseOf(m, 4).allocation).toMatchObject({ primaryChannel: 'home-visit' });
    expect(caseOf(m, 5).route?.bucket).toBe('telefonisch-contact');
    expect(caseOf(m, 5).allocation).toMatchObject({ primaryChannel: 'phone' });
    expect(caseOf(m, 4).route?.label).toEqual({ nl: '> € 500: huisbezoek', en: '> € 500: home visit' });
  });

  it('"Soms geen gegevens (email/telefoon). Dit is vaak op 1 hand te tellen. Dan wordt er gepersonaliseerde kaart verstuurd."', async () => {
    const m = await plan([
      signal(1, 10_000, { email: false }),
      signal(2, 10_000, { phone: false, email: false }),
      signal(3, 30_000, { phone: false, email: false }),
    ]);
    expect(caseOf(m, 1).route?.bucket).toBe('geen-gegevens');
    expect(caseOf(m, 1).allocation).toMatchObject({ primaryChannel: 'card' });
    expect(caseOf(m, 2).route?.bucket).toBe('geen-gegevens');
    expect(caseOf(m, 2).allocation).toMatchObject({ primaryChannel: 'card' });
    expect(caseOf(m, 3).route?.bucket).toBe('telefonisch-contact');
    expect(caseOf(m, 3).allocation).toMatchObject({
      primaryChannel: 'card',
      changedBy: { missingContactData: true },
    });
  });

  it('"Recidive en schuivers — Apart bakje voor. Wordt handmatig doorgenomen. Nagaan hoe vaak signaal al is binnengekomen en wat het resultaat is van eerdere pogingen."', async () => {
    const m = await plan(
      [signal(1, 80_000), signal(2, 30_000), signal(3, 30_000)],
      [
        past(asIsoMonth('2026-09'), 1, 40_000, { arrearSince: '2026-07-20' }),
        past(asIsoMonth('2026-04'), 2, 30_000, { arrearSince: '2026-02-20' }), // 6 months ago: recidive
        past(asIsoMonth('2026-03'), 3, 30_000, { arrearSince: '2026-01-20' }), // 7 months ago: not
      ],
    );
    // recidive goes to its own bucket, whatever the amount (the €800 is not sent on a visit)
    expect(caseOf(m, 1).route).toMatchObject({
      bucket: 'recidive-en-schuivers',
      label: { nl: 'Recidive en schuivers (apart bakje, handmatig)' },
    });
    expect(stepPairs(caseOf(m, 1))).toEqual(['letter/municipality', 'phone/debt-assistance']);
    expect(worklistBucket(caseOf(m, 2))).toBe('recidive-en-schuivers');
    expect(worklistBucket(caseOf(m, 3))).toBe('telefonisch-contact');
  });

  it('"Als ze bijv. voor iemand al paar keer een signaal is geweest en eerder niet gelukt contact te krijgen, dan nemen ze die mee bij HB."', async () => {
    const m = await plan(
      [signal(1, 10_000), signal(2, 10_000)],
      [
        past(asIsoMonth('2026-08'), 1, 10_000, { arrearSince: '2026-06-20', reached: false }),
        past(asIsoMonth('2026-09'), 1, 10_000, { arrearSince: '2026-07-20', reached: false }),
        past(asIsoMonth('2026-09'), 2, 10_000, { arrearSince: '2026-07-20', reached: true }),
      ],
    );
    expect(caseOf(m, 1).route?.bucket).toBe('recidive-en-schuivers');
    expect(caseOf(m, 1).allocation).toMatchObject({
      primaryChannel: 'home-visit',
      team: 'neighbourhood-team',
    });
    expect(caseOf(m, 2).route?.bucket).toBe('recidive-en-schuivers');
    expect(caseOf(m, 2).allocation).toMatchObject({ primaryChannel: 'phone' });
  });

  it('"Maximale aantal HB en telefoontjes komen ze meestal niet aan." — a month of 90 signals stays within 20 + 50', async () => {
    const m = await plan([
      ...households(15, 100, 80_000),
      ...households(40, 200, 45_000),
      ...households(35, 300, 20_000),
    ]);
    expect(usageOf(m, 'home-visit')).toMatchObject({ used: 15, available: 5, overflowedOut: 0 });
    expect(usageOf(m, 'phone')).toMatchObject({ used: 40, available: 10, overflowedOut: 0 });
    expect(m.allocation.counts).toMatchObject({ plans: 90, placed: 90 });
  });

  it('"Huisbezoeken worden gedaan door Algemeen Maatschappelijk werk. Telefoontjes door de schuldhulpverleners."', async () => {
    const m = await plan([signal(1, 60_000), signal(2, 30_000)]);
    expect(caseOf(m, 1).allocation).toMatchObject({
      primaryChannel: 'home-visit',
      team: 'neighbourhood-team',
    });
    expect(caseOf(m, 2).allocation).toMatchObject({ primaryChannel: 'phone', team: 'debt-assistance' });
  });

  it('"Ze doen meerdere pogingen om in contact te komen. Lukt het telefonisch niet dan sturen ze een mail of app/sms."', async () => {
    const m = await plan([signal(1, 30_000), signal(2, 30_000, { email: false })]);
    const steps = caseOf(m, 1).allocation?.steps ?? [];
    expect(steps[0]).toMatchObject({ channel: 'phone', attempts: 3 });
    expect(steps.map((s) => s.channel)).toEqual(['phone', 'email', 'card']);
    expect(channels(caseOf(m, 2))).toEqual(['phone', 'sms', 'card']); // no e-mail address: app/sms
  });

  it('"En als ook daar geen contact op komt of het telefoonnummer klopt niet dan sturen ze een handgeschreven kaartje met de vraag om contact op te nemen. …"', async () => {
    const m = await plan([signal(1, 30_000), signal(2, 30_000, { phone: false })]);
    expect(stepPairs(caseOf(m, 1)).at(-1)).toBe('card/debt-assistance');
    // no (working) number: the card takes the call's place
    expect(channels(caseOf(m, 2))).toEqual(['card', 'email']);
  });
});
