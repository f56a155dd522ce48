import { describe, expect, it } from 'vitest';
import {
  allocate,
  asCaseId,
  type IsoDate,
  lifecyclePlan,
  type RoutedPlan,
  type RoutingCaseInput,
  routeInput,
} from '../index';
import { caseInput, compiled, loaded, ON, routingJson, signal } from './fixtures.test-support';

type Item = [id: string, input: RoutingCaseInput, rank?: number];

/** Routes each input with routeInput (as a vendor that matched elsewhere would) and allocates. */
function run(items: Item[], json: unknown = routingJson) {
  const table = compiled(json);
  const subjects = items.map(([id, input, rank = 1]) => {
    const route = routeInput(input, table, ON);
    if (!route.ok) throw new Error(JSON.stringify(route.issues));
    return { caseId: asCaseId(id), match: { rank }, route: route.value };
  });
  const r = allocate(subjects, loaded(json), ON);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const by = Object.fromEntries(r.value.journeys.map((j) => [j.caseId, j]));
  return { ...r.value.allocation, journeys: r.value.journeys, by };
}

const big = (id: string, rank: number, over: Parameters<typeof signal>[0] = {}): Item => [
  id,
  caseInput([signal({ amountCents: 70_000, ...over })]),
  rank,
];

describe('allocate', () => {
  it('overflows home visits beyond capacity to e-mail, in rank order, and says so', () => {
    const a = run([big('2026-10-0003', 3), big('2026-10-0001', 1), big('2026-10-0002', 2)]);
    expect(a.journeys.map((j) => [j.caseId, j.allocation.primaryChannel])).toEqual([
      ['2026-10-0003', 'email'],
      ['2026-10-0001', 'home-visit'],
      ['2026-10-0002', 'home-visit'],
    ]);
    const third = a.by['2026-10-0003'];
    expect(third?.allocation.changedBy).toEqual({ capacity: true, missingContactData: false });
    expect(third?.route.ruleId).toBe('visit');
    expect(third?.allocation.explanation.nl.split('\n')).toEqual([
      'capaciteit huisbezoek vol (2 per maand, alle teams): huisbezoek (gemeente) wordt e-mail (gemeente) (bron: Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 4)',
      'Eindplan: e-mail (gemeente)',
    ]);
    expect(third?.allocation.explanation.en).toContain('home visit capacity full (2 a month, all teams)');
    expect(a.usage).toEqual([
      {
        channel: 'email',
        team: 'municipality',
        used: 1,
        available: null,
        overflowedIn: 1,
        overflowedOut: 0,
        unplaced: 0,
      },
      {
        channel: 'phone',
        perMonth: 3,
        used: 0,
        available: 3,
        overflowedIn: 0,
        overflowedOut: 0,
        unplaced: 0,
      },
      {
        channel: 'home-visit',
        perMonth: 2,
        used: 2,
        available: 0,
        overflowedIn: 0,
        overflowedOut: 1,
        unplaced: 0,
      },
      {
        channel: 'home-visit',
        team: 'municipality',
        used: 2,
        available: null,
        overflowedIn: 0,
        overflowedOut: 1,
        unplaced: 0,
      },
    ]);
  });

  it('serves the preset’s priority before rank: a crisis case gets the visit first', () => {
    const a = run([
      big('2026-10-0001', 1),
      big('2026-10-0002', 2),
      ['2026-10-0099', caseInput([signal({ kind: 'eviction' })]), 99],
    ]);
    // Served last, the crisis case would have found the visits taken (and got phone as primary).
    expect(a.by['2026-10-0099']?.allocation.primaryChannel).toBe('home-visit');
    expect(a.by['2026-10-0099']?.allocation.changedBy.capacity).toBe(false);
    expect([a.by['2026-10-0001'], a.by['2026-10-0002']].map((j) => j?.allocation.primaryChannel)).toEqual([
      'home-visit',
      'email',
    ]);
  });

  it('falls back on missing contact data: no phone → e-mail; neither → card', () => {
    // case 0007 has phone and e-mail, 0005 only e-mail, 0006 neither
    const mid = (id: string, hasPhone: boolean, hasEmail: boolean): Item => [
      id,
      caseInput([signal({ amountCents: 30_000, hasPhone, hasEmail })]),
    ];
    const { by } = run([
      mid('2026-10-0007', true, true),
      mid('2026-10-0005', false, true),
      mid('2026-10-0006', false, false),
    ]);
    expect(by['2026-10-0007']?.allocation.steps.map((s) => s.channel)).toEqual(['phone']);
    expect(by['2026-10-0005']?.allocation.steps.map((s) => s.channel)).toEqual(['email']);
    expect(by['2026-10-0006']?.allocation.steps).toEqual([
      { channel: 'card', team: 'municipality', attempts: 2 },
    ]);
    expect(by['2026-10-0006']?.allocation.changedBy).toEqual({ capacity: false, missingContactData: true });
    expect(by['2026-10-0006']?.allocation.explanation.nl).toContain(
      'geen telefoonnummer: e-mail (gemeente) in plaats van telefoon (gemeente)',
    );
    expect(by['2026-10-0006']?.allocation.explanation.nl).toContain(
      'geen e-mailadres: kaartje (gemeente) in plaats van e-mail (gemeente)',
    );
  });

  it('reports a case that fits nowhere instead of dropping it', () => {
    const json = structuredClone(routingJson);
    json.overflow = [];
    const a = run(
      [
        big('2026-10-0001', 1),
        big('2026-10-0002', 2),
        big('2026-10-0003', 3),
        ['2026-10-0004', caseInput([signal({ hasAddress: false, amountCents: 900 })])],
      ],
      json,
    );
    expect(a.unplaced).toEqual(['2026-10-0003']);
    expect(a.counts).toEqual({ plans: 4, placed: 3, partial: 0, unplaced: 1, noContact: 0 });
    expect(a.by['2026-10-0003']?.allocation.explanation.en).toContain(
      'home visit (municipality) not placed: capacity full and no overflow',
    );
    expect(a.usage.find((u) => u.channel === 'home-visit' && u.team === 'municipality')?.unplaced).toBe(1);
  });

  it('skips an ifCapacityLeft step when capacity is gone, without making the case partial', () => {
    const json = structuredClone(routingJson) as unknown as {
      table: { rules: { then: { steps: Record<string, unknown>[] } }[] };
    };
    const visitRule = json.table.rules[1];
    if (visitRule)
      visitRule.then.steps = [
        { channel: 'letter', team: 'municipality', attempts: 1 },
        { channel: 'home-visit', team: 'municipality', attempts: 2, ifCapacityLeft: true },
      ];
    const a = run([big('2026-10-0001', 1), big('2026-10-0002', 2), big('2026-10-0003', 3)], json);
    expect(a.journeys.map((j) => [j.caseId, j.allocation.outcome, j.allocation.primaryChannel])).toEqual([
      ['2026-10-0001', 'placed', 'home-visit'],
      ['2026-10-0002', 'placed', 'home-visit'],
      ['2026-10-0003', 'placed', 'letter'],
    ]);
    expect(a.by['2026-10-0003']?.allocation.placements[1]?.outcome).toBe('skipped');
  });

  it('marks a rule without steps as no-contact and an unrouted plan as unplaced', () => {
    const json = structuredClone(routingJson) as unknown as {
      table: { rules: { then: { steps: unknown[] } }[] };
    };
    const email = json.table.rules[3];
    if (email) email.then.steps = [];
    const a = run(
      [
        ['2026-10-0011', caseInput([signal()])],
        ['2026-10-0010', caseInput([])],
      ],
      json,
    );
    expect(a.journeys.map((j) => [j.caseId, j.allocation.outcome])).toEqual([
      ['2026-10-0011', 'no-contact'],
      ['2026-10-0010', 'unplaced'],
    ]);
    expect(a.by['2026-10-0010']?.allocation.explanation.nl).toContain('geen routeringsregel van toepassing');
  });

  it('stores only what allocation adds: no copies of the route section', () => {
    const a = run([big('2026-10-0001', 1)]);
    expect(Object.keys(a.by['2026-10-0001']?.allocation ?? {}).sort()).toEqual([
      'changedBy',
      'explanation',
      'outcome',
      'placements',
      'primaryChannel',
      'steps',
      'team',
    ]);
    expect(a.by['2026-10-0001']?.allocation.explanation.nl).not.toContain('omdat'); // the routing rule's text
  });

  it('turns the final steps into a lifecycle plan', () => {
    const a = run([big('2026-10-0001', 1)]);
    const first = a.by['2026-10-0001'];
    expect(first && lifecyclePlan(first.allocation)).toEqual({
      steps: [{ channel: 'home-visit', team: 'municipality', attempts: 2 }],
    });
    const none = allocate([], { capacity: [], overflow: [], fallbacks: [] }, ON);
    expect(none.ok && none.value.allocation.counts.plans).toBe(0);
  });

  it('gives an issue for a date that is not a real date, never a RangeError', () => {
    const route = routeInput(caseInput([signal()]), compiled(), ON);
    if (!route.ok) throw new Error('fixture');
    const subjects = [
      { caseId: asCaseId('2026-10-0001'), match: { rank: 1 }, route: route.value as RoutedPlan },
    ];
    for (const on of ['not-a-date', '2026-02-29', '2026-10']) {
      const r = allocate(subjects, loaded(), on as IsoDate);
      expect(r).toMatchObject({ ok: false, issues: [{ code: 'invalid_date', path: ['on'] }] });
      if (!r.ok) expect(r.issues[0]?.message.en).toMatch(/not a real date/);
    }
    expect(allocate([], loaded(), 'x' as IsoDate).ok).toBe(false);
  });

  it('gives an issue for a case given twice, keyed by its case id', () => {
    const route = routeInput(caseInput([signal()]), compiled(), ON);
    if (!route.ok) throw new Error('fixture');
    const one = { caseId: asCaseId('2026-10-0001'), match: { rank: 1 }, route: route.value };
    expect(allocate([one, { ...one, match: { rank: 2 } }], loaded(), ON)).toMatchObject({
      ok: false,
      issues: [{ code: 'duplicate_case', path: ['cases', '2026-10-0001'] }],
    });
  });
});
