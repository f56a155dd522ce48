// practice-5 reproduces municipality 5 of the annex of signaalreis-2023 sentence by
// sentence (docs/practices/practice-5.md): one `it` per sentence, each running a month through
// matching, intake, routing and allocation with the bundled preset.
import type { HistoryEntry, PopulationRegister, Signal } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import {
  caseAt,
  channels,
  matches,
  outcome,
  past,
  plan,
  register,
  sig,
  singles,
  usage,
} from './builders-b.test-support';

const ID = 'practice-5';
const lookups = { register: register() };
const run = (signals: readonly Signal[], history: readonly HistoryEntry[] = []) =>
  plan(ID, signals, { lookups, history });

describe('practice-5: municipality 5 of signaalreis-2023 (annex)', () => {
  it('1. "Er is een BRP-check. Met degenen die op basis daarvan uitvallen, wordt nu niets gedaan. Signalen worden niet opgepakt."', async () => {
    const m = await plan(
      ID,
      [sig('A', 'health', 20_000, { house: 1 }), sig('B', 'health', 20_000, { house: 2 })],
      {
        lookups: { register: register([1]) },
      },
    );
    expect(outcome(m, 1)).toMatchObject({
      signalStatus: 'Niet opgepakt: andere reden',
      bucket: 'not-picked-up',
    });
    expect(caseAt(m, 1).allocation).toBeUndefined();
    expect(outcome(m, 2)).toMatchObject({ signalStatus: 'Opgepakt', bucket: 'letter' });
    // An uncertain result (nobody registered at the address) always goes to manual review: the
    // format cannot drop it (practice-5.md, Preset).
    const nobody: PopulationRegister = { lookup: async () => [] };
    const u = await plan(ID, [sig('C', 'health', 20_000, { house: 3 })], { lookups: { register: nobody } });
    expect(outcome(u, 3)).toMatchObject({ signalStatus: 'Nog niet opgepakt', bucket: 'manual-review' });
  });

  it('2. "(Relatief) meeste signalen die uitvallen zijn van energiemaatschappij en drinkwaterbedrijf." — the fall-out rule is the same for every sector', async () => {
    const m = await plan(
      ID,
      [
        sig('A', 'energy', 20_000, { house: 1 }),
        sig('B', 'water', 20_000, { house: 2 }),
        sig('C', 'rent', 20_000, { house: 3 }),
      ],
      { lookups: { register: register([1, 2, 3]) } },
    );
    for (const h of [1, 2, 3]) expect(outcome(m, h).signalStatus).toBe('Niet opgepakt: andere reden');
  });

  it('3. "600 meldingen per maand." — every one of them is picked up and gets a letter', async () => {
    const m = await run(singles(600, 1, 'health', 90_000));
    expect(m.counts.byOutcome['picked-up']).toBe(600);
    expect(usage(m, 'letter', 'municipality')).toMatchObject({ used: 600, available: null });
    expect(outcome(m, 600)).toMatchObject({ bucket: 'letter', channel: 'letter' });
  });

  it('4. "85 HB-en per maand mogelijk. 3 FTE beschikbaar (incl. huisbezoeken)."', async () => {
    const m = await run([
      ...matches(85, 1),
      sig('E', 'energy', 5_000, { house: 86, kind: 'end-of-supply' }), // end-of-supply is served first
    ]);
    expect(usage(m, 'home-visit')).toMatchObject({ perMonth: 85, used: 85, available: 0, overflowedOut: 1 });
    expect(outcome(m, 86)).toMatchObject({ bucket: 'visit-end-of-supply', channel: 'home-visit' });
    // the lowest-ranked match keeps its letter and call (overflow visit → phone: project default)
    expect(outcome(m, 85)).toMatchObject({ bucket: 'visit', channel: 'phone', allocation: 'placed' });
    expect(channels(m, 85)).toEqual(['letter', 'phone']);
    expect(caseAt(m, 85).allocation?.changedBy.capacity).toBe(true);
    expect(outcome(m, 84)).toMatchObject({ channel: 'home-visit' });
  });

  it('5. "Gebruikte sinds 2023 ook CAK-data. Bleek echter zo vervuild dat ze daar weer van afgestapt zijn." (not expressible: a CAK signal is treated as any other)', async () => {
    // The intake format has no switch to refuse a signal kind; the municipality simply does not
    // import CAK lists. A CAK signal that is delivered anyway gets the letter like everyone.
    const m = await run([sig('A', 'health', 20_000, { house: 1, kind: 'cak' })]);
    expect(outcome(m, 1)).toMatchObject({ signalStatus: 'Opgepakt', bucket: 'letter' });
  });

  it('6. Brief: "Iedereen krijgt een brief."', async () => {
    const m = await run([
      sig('A', 'health', 2_500, { house: 1 }),
      ...matches(1, 2),
      sig('C', 'energy', 30_000, { house: 3, kind: 'end-of-supply' }),
      sig('D', 'rent', 90_000, { house: 4, kind: 'eviction' }),
      sig('E', 'water', 1, { house: 5 }), // no floor
    ]);
    for (const h of [1, 2, 3, 4, 5]) expect(channels(m, h)[0]).toBe('letter');
    expect(outcome(m, 1)).toMatchObject({ bucket: 'letter', channel: 'letter', team: 'municipality' });
    expect(outcome(m, 5)).toMatchObject({ signalStatus: 'Opgepakt', bucket: 'letter' });
  });

  it('7. Huisbezoek: "Als er 2 of meer betalingsachterstanden bij verschillende partijen (\'pure matches\')"', async () => {
    const m = await run(
      [
        ...matches(1, 1),
        sig('B1', 'health', 30_000, { house: 2 }),
        sig('B2', 'health', 40_000, { house: 2, since: '2026-08-01' }), // two arrears, one partner
        sig('C', 'water', 10_000, { house: 3 }),
      ],
      [past('H3', 'energy', 10_000, 3, '2026-09')], // energy last month + water now
    );
    expect(outcome(m, 1)).toMatchObject({ bucket: 'visit', channel: 'home-visit' });
    expect(outcome(m, 2)).toMatchObject({ bucket: 'letter', channel: 'letter' });
    expect(outcome(m, 3)).toMatchObject({ bucket: 'visit', channel: 'home-visit' });
  });

  it('8. Huisbezoek: "Bij eindeleveringssignalen."', async () => {
    const m = await run([
      sig('A', 'energy', 8_000, { house: 1, kind: 'end-of-supply' }),
      sig('B', 'water', 8_000, { house: 2, kind: 'end-of-supply', since: '2026-08-01' }), // water: 30–100 days
    ]);
    expect(outcome(m, 1)).toMatchObject({ bucket: 'visit-end-of-supply', channel: 'home-visit' });
    expect(outcome(m, 2)).toMatchObject({ bucket: 'visit-end-of-supply', channel: 'home-visit' });
    // not a crisis of 3 working days: the Wgs 4 weeks
    expect(caseAt(m, 1).intake.crisis).toBeUndefined();
  });

  it('9. "Voorafgaand aan huisbezoek: gekeken naar de geschiedenis én brief gestuurd én gebeld. Om kans op succes te vergroten."', async () => {
    const m = await run([...matches(1, 1), ...matches(1, 2, { phone: false, email: true })]);
    expect(channels(m, 1)).toEqual(['letter', 'phone', 'home-visit']);
    // without a number the call becomes an e-mail (national-baseline fallback)
    expect(channels(m, 2)).toEqual(['letter', 'email', 'home-visit']);
  });

  it('10. "HB: 3 pogingen"', async () => {
    const m = await run([...matches(1, 1)]);
    const visit = caseAt(m, 1).allocation?.steps.find((s) => s.channel === 'home-visit');
    expect(visit).toMatchObject({ attempts: 3, team: 'municipality' });
  });

  it('crisis (not in the source): an eviction threat gets letter, call and visit within 3 working days', async () => {
    const m = await run([sig('A', 'rent', 150_000, { house: 1, kind: 'eviction' })]);
    expect(outcome(m, 1)).toMatchObject({ bucket: 'crisis', channel: 'home-visit', team: 'municipality' });
    expect(caseAt(m, 1).route?.deadline).toBe('2026-10-29');
  });
});
