import { describe, expect, it } from 'vitest';
import {
  asIsoDate,
  type IsoDate,
  loadRoutingConfig,
  routeCase,
  routeInput,
  UNROUTED_PRIORITY,
} from '../index';
import { caseInput, compiled, journeyOf, ON, routingJson, signal } from './fixtures.test-support';

describe('routeCase', () => {
  it('gives the first matching rule’s bucket, steps, deadline and explanation', () => {
    const journey = journeyOf('2026-10-0001', caseInput([signal({ amountCents: 61_000 })]));
    const r = routeCase(journey, compiled(), ON);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.caseId).toBe('2026-10-0001');
    expect(r.value.route).toMatchObject({
      routedOn: '2026-10-26',
      bucket: 'visit',
      label: { nl: 'Huisbezoek', en: 'Home visit' },
      priority: 2,
      ruleId: 'visit',
      steps: [{ channel: 'home-visit', team: 'municipality', attempts: 2 }],
      deadline: '2026-11-23', // 4 weeks (Wgs first conversation)
      source: 'signaalreis-2023, annex, municipality 3',
    });
    expect(r.value.route.explanation.nl).toBe(
      'Huisbezoek: huisbezoek (gemeente), omdat totaalbedrag (€ 610,00) > € 500,00 (parameter visitFrom, sinds 2021-01-01) (regel visit, bron: Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 3)',
    );
    expect(r.value.route.explanation.en).toContain(
      'Home visit: home visit (municipality), because total amount',
    );
    expect(r.value.route.trace.selected).toEqual(['visit']);
  });

  it('adds the route section and changes nothing else', () => {
    const journey = journeyOf('2026-10-0001', caseInput([signal()]));
    const r = routeCase(journey, compiled(), ON);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { route, ...rest } = r.value;
    expect(rest).toEqual(journey);
    expect(route.bucket).toBe('email');
    expect(Object.keys(route)).not.toContain('caseId');
    expect(Object.keys(route)).not.toContain('rank');
  });

  it('routes over the signals intake picked up, not the one it dropped', () => {
    const input = caseInput([
      signal({ amountCents: 20_000 }),
      signal({ signalId: 'S2', partnerId: 'WC-1', sector: 'rent', amountCents: 40_000 }),
    ]);
    const all = routeCase(journeyOf('2026-10-0001', input), compiled(), ON);
    const kept = routeCase(journeyOf('2026-10-0001', input, { dropped: ['S2'] }), compiled(), ON);
    expect(all.ok && all.value.route.bucket).toBe('visit'); // € 600 together
    expect(kept.ok && kept.value.route.bucket).toBe('email'); // € 200 alone
  });

  it('gives an issue for a date that is not a real date, never a RangeError', () => {
    const journey = journeyOf('2026-10-0001', caseInput([signal()]));
    for (const on of ['2026-02-30', 'not-a-date', '']) {
      const r = routeCase(journey, compiled(), on as IsoDate);
      expect(r).toMatchObject({ ok: false, issues: [{ code: 'invalid_date', path: ['on'] }] });
      if (!r.ok) expect(r.issues[0]?.message.nl).toMatch(/geen bestaande datum/);
    }
  });
});

describe('routeInput', () => {
  it('counts a crisis deadline in working days (Algemene termijnenwet)', () => {
    const on = asIsoDate('2026-12-24');
    const r = routeInput(caseInput([signal({ kind: 'eviction' })]), compiled(routingJson, on), on);
    expect(r.ok && r.value.bucket).toBe('crisis');
    expect(r.ok && r.value.deadline).toBe('2026-12-30'); // 25, 26 Dec holidays; weekend
  });

  it('gives an unrouted plan without steps when no rule applies', () => {
    const r = routeInput(caseInput([]), compiled(), ON);
    expect(r.ok && r.value).toMatchObject({
      bucket: 'unrouted',
      label: { nl: 'Niet gerouteerd', en: 'Not routed' },
      priority: UNROUTED_PRIORITY,
      steps: [],
      ruleIds: [],
    });
    expect(r.ok && r.value.explanation.nl).toMatch(/^Geen regel van toepassing/);
  });

  it('joins the steps of all selected rules under collect; the most urgent names the bucket', () => {
    const json = structuredClone(routingJson);
    json.table.hitPolicy = 'collect';
    const r = routeInput(caseInput([signal({ amountCents: 61_000 })]), compiled(json), ON);
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

  it('gives an issue for a bad date, never a RangeError', () => {
    const r = routeInput(caseInput([signal()]), compiled(), '2026-13-01' as IsoDate);
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'invalid_date', path: ['on'] }] });
  });
});
