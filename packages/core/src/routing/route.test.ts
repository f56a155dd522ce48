import { describe, expect, it } from 'vitest';
import { compileRouting, loadRoutingConfig, routeCase, UNROUTED_PRIORITY } from '../index';
import { caseInput, routingJson, signal } from './fixtures.test-support';

function compiled(json: unknown = routingJson) {
  const config = loadRoutingConfig(json);
  if (!config.ok) throw new Error(JSON.stringify(config.issues));
  const c = compileRouting(config.value, '2026-10-26');
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  return c.value;
}

describe('routeCase', () => {
  it('gives the first matching rule’s bucket, steps, deadline and explanation', () => {
    const r = routeCase(compiled(), caseInput('C1', [signal({ amountCents: 61_000 })]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      caseId: 'C1',
      bucket: 'visit',
      priority: 2,
      ruleId: 'visit',
      steps: [{ channel: 'home-visit', team: 'municipality', attempts: 2 }],
      deadline: '2026-11-23', // 4 weeks (Wgs first conversation)
      source: 'signaalreis-2023, annex, municipality 3',
    });
    expect(r.value.explanation.nl).toBe(
      'Huisbezoek: huisbezoek (gemeente), omdat totaalbedrag (€ 610,00) > € 500,00 (parameter visitFrom, sinds 2021-01-01) (regel visit, bron: Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 3)',
    );
    expect(r.value.explanation.en).toContain('visit: home visit (municipality), because total amount');
    expect(r.value.trace.selected).toEqual(['visit']);
  });

  it('counts a crisis deadline in working days (Algemene termijnenwet)', () => {
    const r = routeCase(
      compiled(),
      caseInput('C2', [signal({ kind: 'eviction' })], { onDate: '2026-12-24' }),
    );
    expect(r.ok && r.value.bucket).toBe('crisis');
    expect(r.ok && r.value.deadline).toBe('2026-12-30'); // 25, 26 Dec holidays; weekend
  });

  it('gives an unrouted plan without steps when no rule applies', () => {
    const r = routeCase(compiled(), caseInput('C3', []));
    expect(r.ok && r.value).toMatchObject({
      bucket: 'unrouted',
      priority: UNROUTED_PRIORITY,
      steps: [],
      ruleIds: [],
    });
    expect(r.ok && r.value.explanation.nl).toMatch(/^Geen regel van toepassing/);
  });

  it('joins the steps of all selected rules under collect; the most urgent names the bucket', () => {
    const json = structuredClone(routingJson);
    json.table.hitPolicy = 'collect';
    const r = routeCase(compiled(json), caseInput('C4', [signal({ amountCents: 61_000 })]));
    expect(r.ok && r.value.ruleIds).toEqual(['visit', 'phone', 'email']);
    expect(r.ok && r.value.bucket).toBe('visit');
    expect(r.ok && r.value.steps.map((s) => s.channel)).toEqual(['home-visit', 'phone', 'email']);
  });

  it('reports a unique violation as an issue', () => {
    const json = structuredClone(routingJson);
    json.table.hitPolicy = 'unique';
    // the overlap search at load finds it first
    expect(loadRoutingConfig(json).ok).toBe(false);
  });
});
