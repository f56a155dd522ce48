import { describe, expect, it } from 'vitest';
import { asIsoDate, compileRouting, type IsoDate, loadRoutingConfig, ROUTING_FACTS } from '../index';
import { routingJson } from './fixtures.test-support';

const clone = () => structuredClone(routingJson) as typeof routingJson & Record<string, unknown>;
const issues = (json: unknown) => {
  const r = loadRoutingConfig(json);
  return r.ok ? [] : r.issues;
};

describe('loadRoutingConfig', () => {
  it('loads a valid configuration and fills in the routing facts', () => {
    const r = loadRoutingConfig(routingJson);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.table.facts.map((f) => f.name)).toEqual(ROUTING_FACTS.map((f) => f.name));
  });

  it('rejects a negative capacity with its path', () => {
    const json = clone();
    json.capacity[1] = { ...json.capacity[1], perMonth: -5 } as (typeof json.capacity)[number];
    expect(issues(json)).toEqual([expect.objectContaining({ path: ['capacity', 1, 'perMonth'] })]);
  });

  it('rejects an unknown channel and an unknown team', () => {
    const json = clone() as unknown as { capacity: unknown[]; overflow: unknown[] };
    json.capacity.push({ channel: 'fax', perMonth: 1, source: 'x' });
    json.overflow.push({ from: { channel: 'phone', team: 'police' }, to: { channel: 'email' }, source: 'x' });
    expect(issues(json).map((i) => i.path)).toEqual([
      ['capacity', 2, 'channel'],
      ['overflow', 1, 'from', 'team'],
    ]);
  });

  it('rejects an overflow loop, naming the chain', () => {
    const json = clone();
    json.overflow = [
      { from: { channel: 'home-visit' }, to: { channel: 'phone' }, source: 'x' },
      { from: { channel: 'phone' }, to: { channel: 'home-visit' }, source: 'x' },
    ];
    expect(issues(json)).toEqual([
      {
        code: 'overflow_loop',
        path: ['overflow', 0],
        message: {
          nl: 'De overloop gaat in een kring rond: huisbezoek → telefoon → huisbezoek',
          en: 'Overflow loops: home-visit → phone → home-visit',
        },
      },
    ]);
  });

  it('rejects an overflow to itself and a team-specific loop', () => {
    const json = clone();
    json.overflow = [
      {
        from: { channel: 'home-visit', team: 'municipality' },
        to: { channel: 'home-visit', team: 'neighbourhood-team' },
        source: 'x',
      },
      {
        from: { channel: 'home-visit', team: 'neighbourhood-team' },
        to: { channel: 'home-visit', team: 'municipality' },
        source: 'x',
      },
    ] as unknown as typeof json.overflow;
    expect(issues(json).map((i) => i.code)).toEqual(['overflow_loop']);
  });

  it('rejects rules on unknown facts (with the path into the table) and non-routing facts', () => {
    const json = clone();
    (json.table.rules[1] as { when: unknown }).when = {
      all: [{ fact: 'amount', operator: 'greaterThan', value: 1 }],
    };
    expect(issues(json)).toEqual([
      expect.objectContaining({
        code: 'unknown_fact',
        path: ['table', 'rules', 1, 'when', 'all', 0, 'fact'],
      }),
    ]);
    const declared = clone() as unknown as { table: Record<string, unknown> };
    declared.table.facts = [{ name: 'amount', type: 'money', description: 'x' }];
    expect(issues(declared)).toEqual([
      expect.objectContaining({ code: 'unknown_routing_fact', path: ['table', 'facts', 0, 'name'] }),
    ]);
  });

  it('rejects a bad outcome (priority 0) at its path', () => {
    const json = clone();
    (json.table.rules[0]?.then as { priority: number }).priority = 0;
    expect(issues(json).map((i) => i.path)).toEqual([['table', 'rules', 0, 'then', 'priority']]);
  });

  it('rejects fallbacks that cannot help, duplicates and loops', () => {
    const json = clone();
    json.fallbacks = [
      { missing: 'phone', channel: 'phone', to: 'sms', source: 'x' },
      { missing: 'phone', channel: 'letter', to: 'email', source: 'x' },
      { missing: 'phone', channel: 'phone', to: 'email', source: 'x' },
    ];
    expect(issues(json).map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'duplicate_fallback fallbacks.2',
      'fallback_needs_missing_data fallbacks.0.to',
      'fallback_not_needed fallbacks.1.channel',
    ]);
    const loop = clone();
    loop.fallbacks = [
      { missing: 'phone', channel: 'phone', to: 'email', source: 'x' },
      { missing: 'email', channel: 'email', to: 'phone', source: 'x' },
    ];
    expect(issues(loop).map((i) => i.code)).toEqual(['fallback_loop']);
  });

  it('rejects a capacity given twice', () => {
    const json = clone();
    json.capacity.push({ channel: 'phone', perMonth: 9, source: 'x' });
    expect(issues(json).map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'duplicate_capacity capacity.2',
    ]);
  });
});

describe('compileRouting', () => {
  it('reports a parameter not in effect with a path into the table', () => {
    const r = loadRoutingConfig(routingJson);
    if (!r.ok) throw new Error('fixture');
    const c = compileRouting(r.value, asIsoDate('2020-06-01'));
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.issues[0]?.path[0]).toBe('table');
  });

  it('gives an issue for a date that is not a real date, never a RangeError', () => {
    const r = loadRoutingConfig(routingJson);
    if (!r.ok) throw new Error('fixture');
    expect(compileRouting(r.value, '2026-10-26T00:00' as IsoDate)).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_date', path: ['on'] }],
    });
  });
});

describe('routing issues', () => {
  it('say every problem in Dutch and in English, without the English inside the Dutch', () => {
    const json = clone() as unknown as Record<string, unknown[]> & { table: Record<string, unknown> };
    json.capacity = [
      { channel: 'phone', perMonth: 1, source: 'x' },
      { channel: 'phone', perMonth: 2, source: 'x' },
    ];
    json.overflow = [
      { from: { channel: 'home-visit' }, to: { channel: 'phone' }, source: 'x' },
      { from: { channel: 'home-visit' }, to: { channel: 'letter' }, source: 'x' },
      { from: { channel: 'phone' }, to: { channel: 'home-visit' }, source: 'x' },
    ];
    json.fallbacks = [
      { missing: 'phone', channel: 'phone', to: 'sms', source: 'x' },
      { missing: 'phone', channel: 'letter', to: 'email', source: 'x' },
      { missing: 'email', channel: 'email', to: 'phone', source: 'x' },
      { missing: 'phone', channel: 'phone', to: 'email', source: 'x' },
    ];
    const declared = clone() as unknown as { table: Record<string, unknown> };
    declared.table.facts = [
      { name: 'amount', type: 'money', description: 'x' },
      { name: 'isMatch', type: 'number', description: 'x' },
    ];
    const negative = clone();
    (negative.capacity[0] as { perMonth: number }).perMonth = -1;
    const all = [...issues(json), ...issues(declared), ...issues(negative)];
    expect(new Set(all.map((i) => i.code))).toEqual(
      new Set([
        'duplicate_capacity',
        'duplicate_overflow',
        'duplicate_fallback',
        'overflow_loop',
        'fallback_not_needed',
        'fallback_needs_missing_data',
        'fallback_loop',
        'unknown_routing_fact',
        'routing_fact_type',
        'too_small',
      ]),
    );
    for (const i of all) {
      expect(i.message.nl.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
      expect(i.message.nl).not.toBe(i.message.en);
    }
    expect(issues(negative)[0]?.message).toEqual({
      nl: 'Een capaciteit kan niet negatief zijn',
      en: 'A capacity cannot be negative',
    });
  });
});
