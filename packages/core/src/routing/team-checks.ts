// The checks of teams: a preset's declarations, and every place a routing configuration or a
// preset names a team (unknown ids with "did you mean").
import { TEAMS, type Team } from '../model/enums';
import { type Issue, type IssuePath, issue } from '../model/issue';
import { didYouMean } from '../model/suggest';
import { ROUTING_MESSAGES as M } from './messages';
import { isBuiltInTeam, type TeamDeclaration } from './teams';

/**
 * Issues of a list of team declarations (paths from the list: `[i, 'id']`): an id given twice
 * (`duplicate_team`), an id that is a built-in team (`team_is_built_in`: the built-in one is known
 * without a declaration and keeps its own label).
 *
 * @example
 * ```ts
 * import { teamDeclarationIssues } from '@signaalreis/core';
 * const t = (id: string) => ({ id, label: { nl: id, en: id }, source: 'x' });
 * teamDeclarationIssues([t('noord'), t('noord'), t('crisis')]).map((i) => i.code); // ['duplicate_team', 'team_is_built_in']
 * ```
 */
export function teamDeclarationIssues(declared: readonly TeamDeclaration[]): Issue[] {
  const out: Issue[] = [];
  const first = new Map<string, number>();
  declared.forEach((t, i) => {
    const before = first.get(t.id);
    if (before !== undefined) out.push(issue('duplicate_team', [i, 'id'], M.duplicate_team(t.id, before)));
    else if (isBuiltInTeam(t.id)) out.push(issue('team_is_built_in', [i, 'id'], M.team_is_built_in(t.id)));
    first.set(t.id, before ?? i);
  });
  return out;
}

/**
 * An `unknown_team` issue for each team reference that is neither built in nor declared, with the
 * known teams nearest to it ("did you mean"). `refs` are the references and their paths.
 *
 * @example
 * ```ts
 * import { unknownTeamIssues } from '@signaalreis/core';
 * unknownTeamIssues([{ team: 'call-center', path: ['capacity', 0, 'team'] }], [])[0]?.message.en;
 * // 'Unknown team "call-center" — did you mean call-centre? Declare a team of your own in "teams".'
 * ```
 */
export function unknownTeamIssues(
  refs: readonly { team: Team; path: IssuePath }[],
  declared: readonly TeamDeclaration[],
): Issue[] {
  const known = [...TEAMS, ...declared.map((t) => t.id)];
  return refs
    .filter((r) => !known.includes(r.team))
    .map((r) => issue('unknown_team', r.path, M.unknown_team(r.team, didYouMean(r.team, known))));
}
