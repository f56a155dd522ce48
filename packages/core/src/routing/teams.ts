// Teams a municipality preset declares itself (issue 13: municipalities have their own team names):
// the declaration, and the label a team is shown by (its checks are in team-checks.ts). DDAS v1.2 has no team (its contact attempts carry a contact
// kind, from the channel), so a declaration maps onto nothing there.
import * as z from 'zod';
import { type BuiltInTeam, TEAMS, type Team, TeamSchema } from '../model/enums';
import { TEXT_LIMITS } from '../model/json-limits';
import type { Bilingual, Lang } from '../model/text';

const Label = z.string().min(1).max(TEXT_LIMITS.label);

/**
 * zod schema of a {@link TeamDeclaration}: an id (a slug), a label in Dutch and English, and the
 * source of the team (a document of the municipality, or "project default").
 *
 * @example
 * ```ts
 * import { TeamDeclarationSchema } from '@signaalreis/core';
 * TeamDeclarationSchema.safeParse({ id: 'schuldhulp-noord', label: { nl: 'Schuldhulp Noord' }, source: 'x' }).success;
 * // false: the label has no English
 * ```
 */
export const TeamDeclarationSchema = z
  .object({
    /** The team's id, used in routing steps, capacities, overflow and tests. */
    id: TeamSchema.meta({
      description: 'The id of a team of your own (not a built-in one), e.g. "schuldhulp-noord".',
      examples: ['schuldhulp-noord'],
    }),
    /** What officers read: worklists, the capacity summary, `preset show`, explanations. */
    label: z.object({ nl: Label, en: Label }).strict(),
    /** Where the team comes from (e.g. the municipality's team plan). */
    source: z.string().min(1).max(TEXT_LIMITS.text),
  })
  .strict();

/**
 * A team a preset declares besides the built-in {@link TEAMS}.
 *
 * @example
 * ```ts
 * import type { TeamDeclaration } from '@signaalreis/core';
 * const noord: TeamDeclaration = {
 *   id: 'schuldhulp-noord',
 *   label: { nl: 'Schuldhulp Noord', en: 'Debt help North' },
 *   source: 'gemeente Mijnstad, teamindeling 2026',
 * };
 * ```
 */
export type TeamDeclaration = z.infer<typeof TeamDeclarationSchema>;

/**
 * Dutch and English labels of the built-in teams.
 *
 * @example
 * ```ts
 * import { TEAM_LABELS } from '@signaalreis/core';
 * TEAM_LABELS['neighbourhood-team'].nl; // 'wijkteam'
 * ```
 */
export const TEAM_LABELS: Readonly<Record<BuiltInTeam, Bilingual>> = Object.freeze({
  municipality: { nl: 'gemeente', en: 'municipality' },
  'neighbourhood-team': { nl: 'wijkteam', en: 'neighbourhood team' },
  'youth-worker': { nl: 'jongerenwerker', en: 'youth worker' },
  crisis: { nl: 'crisisteam', en: 'crisis team' },
  'call-centre': { nl: 'callcenter', en: 'call centre' },
  'debt-assistance': { nl: 'schuldhulpverlening', en: 'debt assistance' },
});

/**
 * Whether `team` is one of the built-in {@link TEAMS} (not a team a preset declares).
 *
 * @example
 * ```ts
 * import { isBuiltInTeam } from '@signaalreis/core';
 * isBuiltInTeam('crisis'); // true
 * isBuiltInTeam('schuldhulp-noord'); // false
 * ```
 */
export const isBuiltInTeam = (team: string): team is BuiltInTeam =>
  (TEAMS as readonly string[]).includes(team);

/** What naming a team needs of the declared teams: their ids and labels. */
export type TeamLabels = readonly Pick<TeamDeclaration, 'id' | 'label'>[];

/**
 * The label a team is shown by in explanations: a declared team's own label, a built-in team's
 * label ({@link TEAM_LABELS}), or else the id itself (never throws on an unknown id).
 *
 * @example
 * ```ts
 * import { teamLabel } from '@signaalreis/core';
 * const noord = { id: 'schuldhulp-noord', label: { nl: 'Schuldhulp Noord', en: 'Debt help North' }, source: 'x' };
 * teamLabel('schuldhulp-noord', 'en', [noord]); // 'Debt help North'
 * teamLabel('neighbourhood-team', 'nl'); // 'wijkteam'
 * teamLabel('elsewhere', 'nl'); // 'elsewhere'
 * ```
 */
export function teamLabel(team: Team, lang: Lang, declared: TeamLabels = []): string {
  const own = declared.find((t) => t.id === team);
  if (own) return own.label[lang];
  return isBuiltInTeam(team) ? TEAM_LABELS[team][lang] : team;
}

/**
 * How views of the preset as written name a team (the service's list of a month's worklists, by
 * their files): a declared team by its label, a built-in team by its id (what the preset and the file
 * names say). What officers read — worklist cells, the workbook's sheet names, the run's summary, the
 * capacity summary, `preset show` — uses {@link teamLabel}.
 *
 * @example
 * ```ts
 * import { teamName } from '@signaalreis/core';
 * const noord = { id: 'schuldhulp-noord', label: { nl: 'Schuldhulp Noord', en: 'Debt help North' }, source: 'x' };
 * teamName('schuldhulp-noord', 'nl', [noord]); // 'Schuldhulp Noord'
 * teamName('call-centre', 'nl', [noord]); // 'call-centre'
 * ```
 */
export function teamName(team: Team, lang: Lang, declared: TeamLabels = []): string {
  return declared.find((t) => t.id === team)?.label[lang] ?? team;
}

/**
 * Sort order of teams: the built-in teams in vocabulary order, then declared teams by id.
 *
 * @example
 * ```ts
 * import { compareTeams } from '@signaalreis/core';
 * ['schuldhulp-noord', 'crisis', 'municipality'].sort(compareTeams); // ['municipality', 'crisis', 'schuldhulp-noord']
 * ```
 */
export function compareTeams(a: Team, b: Team): number {
  const rank = (t: Team) => (isBuiltInTeam(t) ? TEAMS.indexOf(t) : TEAMS.length);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
