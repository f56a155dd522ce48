// practice-6 reproduces municipality 6 of the annex of signaalreis-2023 sentence by
// sentence (docs/practices/practice-6.md): one `it` per sentence, each running a month through
// matching, intake, routing and allocation with the bundled preset.
import type { HistoryEntry, Signal } from '@signaalreis/core';
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

const ID = 'practice-6';
const lookups = { register: register() };
const run = (signals: readonly Signal[], history: readonly HistoryEntry[] = []) =>
  plan(ID, signals, { lookups, history });

describe('practice-6: municipality 6 of signaalreis-2023 (annex)', () => {
  it('1. "Er is een BRP-check. De signalen die uitvallen door BRP worden handmatig gecontroleerd."', async () => {
    const m = await plan(
      ID,
      [sig('A', 'health', 20_000, { house: 1 }), sig('B', 'health', 20_000, { house: 2 })],
      {
        lookups: { register: register([1]) },
      },
    );
    expect(outcome(m, 1)).toMatchObject({ signalStatus: 'Nog niet opgepakt', bucket: 'manual-review' });
    expect(caseAt(m, 1).allocation).toBeUndefined();
    expect(outcome(m, 2)).toMatchObject({ signalStatus: 'Opgepakt', bucket: 'letter' });
  });

  it('2. "Gekeken wordt of inwoner al bekend is bij wijkteam of eerder geweest bij vroegsignalering." (informational: routing unchanged)', async () => {
    // There is no neighbourhood-team lookup in the format; an earlier signal (recidive) is shown
    // on the case for the team, and the case is routed as any other.
    const m = await run(
      [sig('A', 'health', 20_000, { house: 1 }), sig('B', 'health', 20_000, { house: 2 })],
      [past('H1', 'energy', 15_000, 1, '2026-06')],
    );
    expect(caseAt(m, 1).match.recidive?.previousMonths).toEqual(['2026-06']);
    expect(outcome(m, 1)).toEqual(outcome(m, 2));
  });

  it('3. Brief: "Alle enkelvoudige signalen."', async () => {
    const m = await run([
      sig('A', 'health', 1_000, { house: 1 }),
      sig('B', 'energy', 250_000, { house: 2 }),
      sig('C', 'water', 1, { house: 3 }),
    ]);
    for (const h of [1, 2, 3]) {
      expect(outcome(m, h)).toMatchObject({ signalStatus: 'Opgepakt', bucket: 'letter' });
      expect(channels(m, h)[0]).toBe('letter');
    }
  });

  it('4. Huisbezoek: "Alle matches, ongeacht het bedrag"', async () => {
    const m = await run([
      sig('A1', 'health', 1_000, { house: 1 }),
      sig('A2', 'energy', 1_000, { house: 1 }),
      ...matches(1, 2),
    ]);
    expect(outcome(m, 1)).toMatchObject({
      bucket: 'visit',
      channel: 'home-visit',
      team: 'neighbourhood-team',
    });
    expect(channels(m, 1)).toEqual(['letter', 'home-visit']);
    expect(outcome(m, 2)).toMatchObject({ bucket: 'visit', channel: 'home-visit' });
  });

  it('5. Huisbezoek: "Alle signalen van woningbouw"', async () => {
    const m = await run([sig('A', 'rent', 1_000, { house: 1 }), sig('B', 'rent', 90_000, { house: 2 })]);
    expect(outcome(m, 1)).toMatchObject({
      bucket: 'visit',
      channel: 'home-visit',
      team: 'neighbourhood-team',
    });
    expect(caseAt(m, 1).route?.ruleId).toBe('housing');
    expect(outcome(m, 2)).toMatchObject({ bucket: 'visit', channel: 'home-visit' });
  });

  it('6. "Als bovenstaande signalen \'op\' zijn en er is nog capaciteit: dan kunnen ook enkelvoudige signalen worden bezocht. Dan geldt: hoe hoger het bedrag, hoe groter de kans om langs te komen."', async () => {
    const m = await run([
      ...matches(36, 1),
      sig('R', 'rent', 5_000, { house: 37 }),
      sig('S1', 'health', 20_000, { house: 41 }),
      sig('S2', 'health', 90_000, { house: 42 }),
      sig('S3', 'energy', 60_000, { house: 43 }),
      sig('S4', 'water', 80_000, { house: 44 }),
      sig('S5', 'health', 10_000, { house: 45 }),
    ]);
    // 36 matches + 1 housing signal leave 3 of the 40 visits: the three highest single amounts
    expect(usage(m, 'home-visit')).toMatchObject({ perMonth: 40, used: 40, available: 0, unplaced: 0 });
    for (const h of [42, 44, 43])
      expect(outcome(m, h)).toMatchObject({ bucket: 'letter', channel: 'home-visit' });
    for (const h of [41, 45]) {
      expect(outcome(m, h)).toMatchObject({ bucket: 'letter', channel: 'letter', allocation: 'placed' });
    }
    expect(m.allocation.unplaced).toEqual([]);
    // when the matches and housing signals use every visit, no single signal is visited
    const full = await run([...matches(40, 1), ...singles(3, 41, 'health', 90_000)]);
    for (const h of [41, 42, 43]) expect(outcome(full, h).channel).toBe('letter');
    expect(full.allocation.counts).toMatchObject({ placed: 43, partial: 0, unplaced: 0 });
  });

  it('7. "Uitvoering is belegd bij sociaal wijkteam."', async () => {
    const m = await run([
      sig('A', 'health', 20_000, { house: 1 }),
      ...matches(1, 2),
      sig('C', 'rent', 5_000, { house: 3 }),
    ]);
    for (const h of [1, 2, 3]) {
      expect(caseAt(m, h).allocation?.steps.every((s) => s.team === 'neighbourhood-team')).toBe(true);
    }
  });

  it('8. "Er wordt niet specifiek iets met recidives gedaan. Personen met recidive krijgen ook dezelfde brief."', async () => {
    const m = await run(
      [sig('A', 'health', 60_000, { house: 1 }), sig('B', 'health', 60_000, { house: 2 })],
      [past('H1', 'health', 60_000, 1, '2026-09'), past('H1b', 'health', 60_000, 1, '2026-08')],
    );
    expect(caseAt(m, 1).match.recidive).toBeDefined();
    expect(outcome(m, 1)).toMatchObject({ bucket: 'letter' });
    expect(caseAt(m, 1).route?.ruleId).toBe(caseAt(m, 2).route?.ruleId);
    expect(channels(m, 1)).toEqual(channels(m, 2));
  });

  it('visits full (project default: no overflow): a match keeps its letter and the visit is reported', async () => {
    const m = await run([...matches(41, 1)]);
    expect(usage(m, 'home-visit')).toMatchObject({ used: 40, unplaced: 1 });
    expect(outcome(m, 41)).toMatchObject({ bucket: 'visit', channel: 'letter', allocation: 'partial' });
  });
});
