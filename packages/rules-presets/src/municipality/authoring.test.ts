// Issue 13, "hard to get wrong": what `preset validate` must catch when an officer writes a preset
// (each case reproduced first against the loader as it was).
import { describe, expect, it } from 'vitest';
import {
  loadMunicipalityPreset,
  MUNICIPALITY_PRESETS,
  type PresetIssue,
  type PresetRegistry,
} from '../index';
import { child } from './child.test-support';

const issuesOf = (r: { ok: boolean; issues?: PresetIssue[] }): PresetIssue[] =>
  r.ok ? [] : (r.issues ?? []);
const visitAbove = (values: { from: string; value: number }[]) => ({
  routing: {
    table: { parameters: { visitAbove: values.map((v) => ({ ...v, source: 'council decision' })) } },
  },
});

describe('preset authoring: mistakes found by validate (issue 13)', () => {
  it('a window of 30–200 days is loaded with a warning citing the covenant (lcv)', () => {
    const r = loadMunicipalityPreset(
      child({
        matching: {
          windows: { default: [{ from: '2000-01-01', minAgeDays: 30, maxAgeDays: 200, source: 'x' }] },
        },
      }),
      MUNICIPALITY_PRESETS,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.warnings).toEqual([
      expect.objectContaining({
        code: 'window_outside_covenant',
        path: ['matching', 'windows', 'default', 0],
        message: {
          nl: expect.stringMatching(/30–200 dagen valt buiten de 30–100 dagen van het convenant \(lcv/),
          en: expect.stringMatching(/30–200 days is outside the covenant's 30–100 days \(lcv/),
        },
      }),
    ]);
    const bundled = loadMunicipalityPreset(child(), MUNICIPALITY_PRESETS);
    expect(bundled.ok && bundled.value.warnings).toEqual([]);
  });

  it('a misspelled parameter (visitAboev) is an error that names visitAbove', () => {
    const r = loadMunicipalityPreset(
      child({
        routing: {
          table: { parameters: { visitAboev: [{ from: '2021-01-01', value: 60000, source: 'x' }] } },
        },
      }),
      MUNICIPALITY_PRESETS,
    );
    expect(issuesOf(r)).toEqual([
      expect.objectContaining({
        code: 'unused_parameter',
        path: ['routing', 'table', 'parameters', 'visitAboev'],
        message: {
          nl: expect.stringMatching(
            /"visitAboev" wordt door geen regel gebruikt.* — bedoelt u visitAbove\?$/,
          ),
          en: expect.stringMatching(/"visitAboev" is used by no rule.* — did you mean visitAbove\?$/),
        },
      }),
    ]);
  });

  it('a parameter without a value on the date of an embedded test fails at validate, not at run', () => {
    const r = loadMunicipalityPreset(
      child(visitAbove([{ from: '2027-01-01', value: 60000 }])),
      MUNICIPALITY_PRESETS,
    );
    expect(issuesOf(r)).toContainEqual(
      expect.objectContaining({
        code: 'parameter_not_in_effect',
        path: ['routing', 'table', 'parameters', 'visitAbove'],
        message: expect.objectContaining({
          nl: expect.stringMatching(
            /heeft pas een waarde vanaf 2027-01-01, maar de test "amount bands.*" rekent op 2026-10-26/,
          ),
        }),
      }),
    );
    // from before the tests' month: fine
    expect(
      loadMunicipalityPreset(child(visitAbove([{ from: '2026-04-01', value: 60000 }])), MUNICIPALITY_PRESETS)
        .ok,
    ).toBe(true);
  });

  it('an unknown extends says "did you mean" instead of listing every preset', () => {
    const [i] = issuesOf(loadMunicipalityPreset(child({ extends: 'type-smal' }), MUNICIPALITY_PRESETS));
    expect(i?.message).toEqual({
      nl: 'Onbekende preset "type-smal" — bedoelt u type-small?',
      en: 'Unknown preset "type-smal" — did you mean type-small?',
    });
  });

  it('an error in a parent is reported as the parent’s, at its own path', () => {
    const registry: PresetRegistry = {
      ...MUNICIPALITY_PRESETS,
      'my-base': child({
        id: 'my-base',
        routing: { capacity: [{ channel: 'home-visit', perMonth: -1, source: 'x' }] },
      }),
    };
    const issues = issuesOf(loadMunicipalityPreset({ id: 'my-town', extends: 'my-base' }, registry));
    expect(issues).toEqual([
      expect.objectContaining({
        preset: 'my-base',
        path: ['routing', 'capacity', 0, 'perMonth'],
        message: expect.objectContaining({ nl: expect.stringMatching(/^in my-base: /) }),
      }),
    ]);
  });

  it('a non-whole amount in cents says so, in the floor and in an amount parameter', () => {
    const floor = issuesOf(
      loadMunicipalityPreset(child({ intake: { floor: { defaultCents: 7550.5 } } }), MUNICIPALITY_PRESETS),
    );
    const param = issuesOf(
      loadMunicipalityPreset(child(visitAbove([{ from: '2021-01-01', value: 600.5 }])), MUNICIPALITY_PRESETS),
    );
    for (const [issues, path] of [
      [floor, ['intake', 'floor', 'defaultCents']],
      [param, ['routing', 'table', 'parameters', 'visitAbove', 0, 'value']],
    ] as const)
      expect(issues).toEqual([
        expect.objectContaining({
          path,
          message: expect.objectContaining({
            nl: expect.stringMatching(/^Bedragen in centen moeten hele getallen zijn/),
          }),
        }),
      ]);
  });

  it('an error in a rule is shown with the rule’s id, not its index', () => {
    const small = MUNICIPALITY_PRESETS['type-small'] as { routing: { table: { rules: { id: string }[] } } };
    const rules = small.routing.table.rules.map((r) => (r.id === 'email' ? { ...r, priority: 'high' } : r));
    const [i] = issuesOf(
      loadMunicipalityPreset(child({ routing: { table: { rules } } }), MUNICIPALITY_PRESETS),
    );
    expect(i?.at).toBe('routing.table.rules[email].priority');
  });
});
