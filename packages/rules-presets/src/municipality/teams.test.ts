// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style)
// Teams a preset declares itself (issue 13: "Teams and channels are fixed lists; municipalities have
// their own team names"): a declared team is a team wherever a built-in one is, and a mistake in a
// declaration or a reference is an issue with its path.
import { describe, expect, it } from 'vitest';
import {
  diffPresets,
  loadMunicipalityPreset,
  loadMunicipalityPresetText,
  MUNICIPALITY_PRESETS,
  municipalityPreset,
  runPresetTests,
} from '../index';
import { child } from './child.test-support';

const NOORD = {
  id: 'schuldhulp-noord',
  label: { nl: 'Schuldhulp Noord', en: 'Debt help North' },
  source: 'gemeente Mijnstad, teamindeling 2026',
};
const toNoord = {
  visit: { then: { steps: [{ channel: 'home-visit', team: 'schuldhulp-noord', attempts: 2 }] } },
};
const load = (over: Record<string, unknown>) => loadMunicipalityPreset(child(over), MUNICIPALITY_PRESETS);
const codes = (r: ReturnType<typeof load>) => (r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')]));

describe('teams a preset declares itself', () => {
  it('a preset declaring team schuldhulp-noord may route to it and give it a capacity', () => {
    const r = load({
      teams: [NOORD],
      routing: {
        table: { rulePatches: toNoord },
        capacity: [
          { channel: 'home-visit', team: 'schuldhulp-noord', perMonth: 8, source: 'teamplanning 2026' },
        ],
      },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.preset.teams).toEqual([NOORD]);
    expect(r.value.routing.teams).toEqual([NOORD]);
    const visit = r.value.routing.table.rules.find((x) => x.id === 'visit');
    expect(visit?.then.steps).toEqual([{ channel: 'home-visit', team: 'schuldhulp-noord', attempts: 2 }]);
  });

  it('without the declaration the same preset is refused: unknown team, with the path people read', () => {
    const r = load({ routing: { table: { rulePatches: toNoord } } });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, (i as { at?: string }).at])).toEqual([
      ['unknown_team', 'routing.table.rules[visit].then.steps.0.team'],
    ]);
  });

  it('a misspelled team gets "did you mean", in a step, a capacity, an overflow and a test', () => {
    const r = load({
      teams: [NOORD],
      routing: {
        table: {
          rulePatches: {
            visit: { then: { steps: [{ channel: 'home-visit', team: 'schuldhulp-nord', attempts: 2 }] } },
          },
        },
        capacity: [{ channel: 'phone', team: 'call-center', perMonth: 5, source: 'x' }],
        overflow: [
          {
            from: { channel: 'home-visit', team: 'schuldhulp-noord' },
            to: { channel: 'phone', team: 'schuldhulp-nrd' },
            source: 'x',
          },
        ],
      },
    });
    expect(codes(r)).toEqual([
      ['unknown_team', 'routing.table.rules.5.then.steps.0.team'],
      ['unknown_team', 'routing.capacity.0.team'],
      ['unknown_team', 'routing.overflow.0.to.team'],
    ]);
    expect(r.ok ? [] : r.issues.map((i) => i.message.nl)).toEqual([
      'Onbekend team "schuldhulp-nord" — bedoelt u schuldhulp-noord? Een eigen team declareert u in "teams".',
      'Onbekend team "call-center" — bedoelt u call-centre? Een eigen team declareert u in "teams".',
      'Onbekend team "schuldhulp-nrd" — bedoelt u schuldhulp-noord? Een eigen team declareert u in "teams".',
    ]);
    const test = {
      name: 't',
      signals: [],
      expect: { cases: [{ householdKey: '7411AB 1', team: 'schuldhulp-nord' }] },
    };
    expect(codes(load({ teams: [NOORD], tests: [test] }))).toEqual([
      ['unknown_team', 'tests.0.expect.cases.0.team'],
    ]);
  });

  it('refuses a declaration twice, one of a built-in team, a label in one language, an id that is no slug', () => {
    const twice = load({ teams: [NOORD, { ...NOORD, label: { nl: 'Noord 2', en: 'North 2' } }] });
    expect(codes(twice)).toEqual([['duplicate_team', 'teams.1.id']]);
    expect(twice.ok ? '' : twice.issues[0]?.message.nl).toBe(
      'Het team "schuldhulp-noord" staat er twee keer in (de eerste keer bij teams[0])',
    );
    expect(codes(load({ teams: [{ ...NOORD, id: 'call-centre' }] }))).toEqual([
      ['team_is_built_in', 'teams.0.id'],
    ]);
    const dutchOnly = load({ teams: [{ ...NOORD, label: { nl: 'Schuldhulp Noord' } }] });
    expect(codes(dutchOnly)).toEqual([['invalid_type', 'teams.0.label.en']]);
    const spaced = load({ teams: [{ ...NOORD, id: 'Schuldhulp Noord' }] });
    expect(codes(spaced)).toEqual([['invalid_format', 'teams.0.id']]);
    expect(spaced.ok ? '' : spaced.issues[0]?.message.nl).toContain('team-id van kleine letters');
  });

  it("the preset's own tests may expect a declared team; diff names the team added", async () => {
    const small = municipalityPreset('type-small');
    if (!small.ok) throw new Error('type-small');
    const visitTest = small.value.preset.tests?.[0];
    const signal = visitTest?.signals[3];
    const r = load({
      teams: [NOORD],
      routing: { table: { rulePatches: toNoord } },
      tests: [
        {
          name: 'above € 500: a home visit by Schuldhulp Noord',
          signals: [signal],
          expect: {
            cases: [
              {
                householdKey: '7411AB 4',
                bucket: 'visit',
                primaryChannel: 'home-visit',
                team: 'schuldhulp-noord',
              },
            ],
          },
        },
      ],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const results = await runPresetTests(r.value);
    expect(results.map((x) => [x.name, x.passed, x.failures])).toEqual([
      ['above € 500: a home visit by Schuldhulp Noord', true, []],
    ]);
    expect(diffPresets(small.value.preset, r.value.preset).map((c) => c.nl)).toContain(
      'Team schuldhulp-noord (Schuldhulp Noord) toegevoegd',
    );
  });
});

describe('the line of a team problem in the preset text', () => {
  /** The issues of a preset as text: code and the line they name, as written. */
  const linesOf = (over: Record<string, unknown>) => {
    const text = JSON.stringify(child(over), null, 2);
    const lines = text.split('\n');
    const r = loadMunicipalityPresetText(text);
    return r.ok ? [] : r.issues.map((i) => [i.code, lines[(i.line ?? 0) - 1]?.trim()]);
  };

  it('names the line of a missing label, of a team declared twice, of a patch that routes to an unknown team', () => {
    expect(linesOf({ teams: [NOORD, { ...NOORD, id: 'zuid', label: { nl: 'Zuid' } }] })).toEqual([
      ['invalid_type', '"label": {'],
    ]);
    const twice = linesOf({ teams: [NOORD, { ...NOORD, label: { nl: 'Noord 2', en: 'North 2' } }] });
    expect(twice).toEqual([['duplicate_team', '"id": "schuldhulp-noord",']]);
    expect(linesOf({ routing: { table: { rulePatches: toNoord } } })).toEqual([
      ['unknown_team', '"team": "schuldhulp-noord",'],
    ]);
  });
});
