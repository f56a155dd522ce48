import { describe, expect, it } from 'vitest';
import { allocate, lifecyclePlan, loadRoutingConfig, type RoutingCaseInput, routeMonth } from '../index';
import { caseInput, routingJson, signal } from './fixtures.test-support';

function run(inputs: RoutingCaseInput[], json: unknown = routingJson) {
  const config = loadRoutingConfig(json);
  if (!config.ok) throw new Error(JSON.stringify(config.issues));
  const r = routeMonth(config.value, inputs, '2026-10-26');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.allocation;
}

const big = (id: string, rank: number, over: Parameters<typeof signal>[0] = {}) =>
  caseInput(id, [signal({ amountCents: 70_000, ...over })], { rank });

describe('allocate', () => {
  it('overflows home visits beyond capacity to e-mail, in rank order, and says so', () => {
    const a = run([big('C3', 3), big('C1', 1), big('C2', 2)]);
    expect(a.cases.map((c) => [c.caseId, c.primaryChannel])).toEqual([
      ['C1', 'home-visit'],
      ['C2', 'home-visit'],
      ['C3', 'email'],
    ]);
    const third = a.cases[2];
    expect(third?.changedBy).toEqual({ capacity: true, missingContactData: false });
    expect(third?.ruleId).toBe('visit');
    expect(third?.explanation.nl.split('\n').slice(1)).toEqual([
      'capaciteit huisbezoek vol (2 per maand, alle teams): huisbezoek (gemeente) wordt e-mail (gemeente) (bron: Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 4)',
      'Eindplan: e-mail (gemeente)',
    ]);
    expect(third?.explanation.en).toContain('home visit capacity full (2 a month, all teams)');
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
      big('C1', 1),
      big('C2', 2),
      caseInput('CRISIS', [signal({ kind: 'eviction' })], { rank: 99 }),
    ]);
    expect(a.cases[0]?.caseId).toBe('CRISIS');
    expect(a.cases.map((c) => c.primaryChannel)).toEqual(['home-visit', 'home-visit', 'email']);
  });

  it('falls back on missing contact data: no phone → e-mail; neither → card', () => {
    const mid = (id: string, hasPhone: boolean, hasEmail: boolean) =>
      caseInput(id, [signal({ amountCents: 30_000, hasPhone, hasEmail })]);
    const a = run([mid('P', true, true), mid('E', false, true), mid('N', false, false)]);
    const by = Object.fromEntries(a.cases.map((c) => [c.caseId, c]));
    expect(by.P?.steps.map((s) => s.channel)).toEqual(['phone']);
    expect(by.E?.steps.map((s) => s.channel)).toEqual(['email']);
    expect(by.N?.steps).toEqual([{ channel: 'card', team: 'municipality', attempts: 2 }]);
    expect(by.N?.changedBy).toEqual({ capacity: false, missingContactData: true });
    expect(by.N?.explanation.nl).toContain(
      'geen telefoonnummer: e-mail (gemeente) in plaats van telefoon (gemeente)',
    );
    expect(by.N?.explanation.nl).toContain(
      'geen e-mailadres: kaartje (gemeente) in plaats van e-mail (gemeente)',
    );
  });

  it('reports a case that fits nowhere instead of dropping it', () => {
    const json = structuredClone(routingJson);
    json.overflow = [];
    const a = run(
      [
        big('C1', 1),
        big('C2', 2),
        big('C3', 3),
        caseInput('C4', [signal({ hasAddress: false, amountCents: 900 })]),
      ],
      json,
    );
    expect(a.unplaced).toEqual(['C3']);
    expect(a.counts).toEqual({ plans: 4, placed: 3, partial: 0, unplaced: 1, noContact: 0 });
    expect(a.cases.find((c) => c.caseId === 'C3')?.explanation.en).toContain(
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
    const a = run([big('C1', 1), big('C2', 2), big('C3', 3)], json);
    expect(a.cases.map((c) => [c.caseId, c.status, c.primaryChannel])).toEqual([
      ['C1', 'placed', 'home-visit'],
      ['C2', 'placed', 'home-visit'],
      ['C3', 'placed', 'letter'],
    ]);
    expect(a.cases[2]?.placements[1]?.status).toBe('skipped');
  });

  it('marks a rule without steps as no-contact and an unrouted plan as unplaced', () => {
    const json = structuredClone(routingJson) as unknown as {
      table: { rules: { then: { steps: unknown[] } }[] };
    };
    const email = json.table.rules[3];
    if (email) email.then.steps = [];
    const a = run([caseInput('K', [signal()]), caseInput('EMPTY', [])], json);
    expect(a.cases.map((c) => [c.caseId, c.status])).toEqual([
      ['K', 'no-contact'],
      ['EMPTY', 'unplaced'],
    ]);
    expect(a.cases[1]?.explanation.nl).toContain('geen routeringsregel van toepassing');
  });

  it('turns the final steps into a lifecycle plan', () => {
    const a = run([big('C1', 1)]);
    const first = a.cases[0];
    expect(first && lifecyclePlan(first)).toEqual({
      steps: [{ channel: 'home-visit', team: 'municipality', attempts: 2 }],
    });
    expect(allocate([], { capacity: [], overflow: [], fallbacks: [] }, '2026-10-26').counts.plans).toBe(0);
  });
});
