// Teams a preset declares (issue 13): accepted wherever a team is named once declared, refused with
// "did you mean" when not, given their own capacity, named by their label in the explanations.
import { describe, expect, it } from 'vitest';
import {
  allocate,
  asCaseId,
  compareTeams,
  compileRouting,
  loadRoutingConfig,
  routeInput,
  type TeamDeclaration,
  teamDeclarationIssues,
  teamLabel,
  teamName,
} from '../index';
import { caseInput, ON, routingJson, signal } from './fixtures.test-support';

const NOORD: TeamDeclaration = {
  id: 'schuldhulp-noord',
  label: { nl: 'Schuldhulp Noord', en: 'Debt help North' },
  source: 'gemeente Mijnstad, teamindeling 2026',
};

/** The fixture with its home visits by `team`, limited to 1 a month for that team, overflow to phone. */
function withTeam(team: string) {
  const json = structuredClone(routingJson) as unknown as {
    table: { rules: { id: string; then: { steps: { team: string }[] } }[] };
    capacity: unknown[];
    overflow: unknown[];
  };
  const visit = json.table.rules.find((r) => r.id === 'visit');
  for (const s of visit?.then.steps ?? []) s.team = team;
  json.capacity = [{ channel: 'home-visit', team, perMonth: 1, source: 'teamplanning 2026' }];
  json.overflow = [
    { from: { channel: 'home-visit', team }, to: { channel: 'phone' }, source: 'project default' },
  ];
  return json;
}

describe('declared teams in a routing configuration', () => {
  it('are refused without a declaration, with "did you mean" and the path of every reference', () => {
    const r = loadRoutingConfig(withTeam('schuldhulp-noord'), { teams: [] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_team', 'table.rules.1.then.steps.0.team'],
      ['unknown_team', 'capacity.0.team'],
      ['unknown_team', 'overflow.0.from.team'],
    ]);
    const typo = loadRoutingConfig(withTeam('schuldhulp-nord'), { teams: [NOORD] });
    expect(typo.ok ? [] : typo.issues.map((i) => i.message.nl)).toContain(
      'Onbekend team "schuldhulp-nord" — bedoelt u schuldhulp-noord? Een eigen team declareert u in "teams".',
    );
    const builtIn = loadRoutingConfig(withTeam('call-center'));
    expect(builtIn.ok ? '' : builtIn.issues[0]?.message.en).toBe(
      'Unknown team "call-center" — did you mean call-centre? Declare a team of your own in "teams".',
    );
  });

  it('are accepted once declared, get their own capacity, and are named by their label', () => {
    const config = loadRoutingConfig(withTeam('schuldhulp-noord'), { teams: [NOORD] });
    if (!config.ok) throw new Error(JSON.stringify(config.issues));
    expect(config.value.teams).toEqual([NOORD]);
    const table = compileRouting(config.value, ON);
    if (!table.ok) throw new Error(JSON.stringify(table.issues));
    const big = caseInput([signal({ amountCents: 70_000 })]);
    const subjects = [1, 2].map((n) => {
      const route = routeInput(big, table.value, ON, { teams: config.value.teams });
      if (!route.ok) throw new Error(JSON.stringify(route.issues));
      return { caseId: asCaseId(`2026-10-000${n}`), match: { rank: n }, route: route.value };
    });
    expect(subjects[0]?.route.explanation.nl).toContain('Huisbezoek: huisbezoek (Schuldhulp Noord)');
    const a = allocate(subjects, config.value, ON);
    if (!a.ok) throw new Error(JSON.stringify(a.issues));
    const [first, second] = a.value.journeys;
    expect(first?.allocation.steps).toEqual([
      { channel: 'home-visit', team: 'schuldhulp-noord', attempts: 2 },
    ]);
    expect(second?.allocation.steps.map((s) => `${s.channel}/${s.team}`)).toEqual(['phone/schuldhulp-noord']);
    expect(second?.allocation.explanation.en.split('\n')[0]).toMatch(
      /^home visit capacity full \(1 a month, Debt help North\): home visit \(Debt help North\) becomes phone \(Debt help North\)/,
    );
    expect(a.value.allocation.usage.map((u) => [u.channel, u.team, u.used])).toEqual([
      ['phone', 'schuldhulp-noord', 1],
      ['home-visit', 'schuldhulp-noord', 1],
    ]);
  });

  it('an overflow loop of a declared team is found as for a built-in one', () => {
    const json = withTeam('schuldhulp-noord');
    json.overflow.push({
      from: { channel: 'phone', team: 'schuldhulp-noord' },
      to: { channel: 'home-visit' },
      source: 'x',
    });
    const r = loadRoutingConfig(json, { teams: [NOORD] });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['overflow_loop']);
  });
});

describe('team declarations, labels and order', () => {
  const t = (id: string) => ({ ...NOORD, id });
  it('refuses an id given twice and an id that is a built-in team', () => {
    expect(teamDeclarationIssues([t('noord'), t('zuid'), t('noord'), t('crisis')])).toEqual([
      expect.objectContaining({ code: 'duplicate_team', path: [2, 'id'] }),
      expect.objectContaining({ code: 'team_is_built_in', path: [3, 'id'] }),
    ]);
    expect(teamDeclarationIssues([t('noord'), t('zuid')])).toEqual([]);
  });

  it('names a declared team by its label, a built-in one by its label (explanations) or id (tables)', () => {
    expect(teamLabel('schuldhulp-noord', 'nl', [NOORD])).toBe('Schuldhulp Noord');
    expect(teamLabel('call-centre', 'nl', [NOORD])).toBe('callcenter');
    expect(teamLabel('unheard-of', 'en')).toBe('unheard-of');
    expect(teamName('schuldhulp-noord', 'en', [NOORD])).toBe('Debt help North');
    expect(teamName('call-centre', 'nl', [NOORD])).toBe('call-centre');
  });

  it('orders built-in teams first, in vocabulary order, then declared teams by id', () => {
    expect(['zuid', 'crisis', 'noord', 'municipality'].sort(compareTeams)).toEqual([
      'municipality',
      'crisis',
      'noord',
      'zuid',
    ]);
  });
});
