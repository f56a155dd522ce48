// The worklist rows, one way for both sources: a monthly run (`signaalreis run`) and a month
// read back from the store (the service's `GET …/worklists`). One column list, one order, one text
// per cell in the chosen language, so that both write the same bytes for the same month.
import {
  type Bilingual,
  CHANNEL_LABELS,
  CHANNELS,
  type Channel,
  formatEuro,
  type Lang,
  type Team,
  type TeamLabels,
  teamLabel,
} from '@signaalreis/core';
import { KIND_TEXTS, labelOrId } from '../report/messages';
import { RUN_OUTPUT_MESSAGES as W } from './messages';

/** One contact step of a case on the worklists. */
export interface WorklistStep {
  channel: Channel;
  team: Team;
  attempts: number;
  spacingDays?: number;
  partsOfDay?: readonly string[];
}

/** One case as the worklists show it: from a planned journey, or from a stored case and its signals. */
export interface WorklistCase {
  caseId: string;
  /** Routing priority (1 = most urgent). */
  priority: number;
  /** Matching's rank: the order within a priority. */
  rank: number;
  /** The routing bucket, and its label when the rule gives one. */
  bucket: string;
  bucketLabel?: Bilingual;
  deadline: string;
  /** The deadline passed before the run (a crisis signal that came in days before). */
  deadlinePassed: boolean;
  steps: readonly WorklistStep[];
  names: readonly string[];
  address: string;
  city: string;
  phone: readonly string[];
  email: readonly string[];
  signals: readonly { partnerId: string; kind: string; amountCents: number }[];
  totalAmountCents: number;
  /**
   * The routing and allocation explanation, one statement a line: in both languages (a stored case),
   * or only in the language of the list being written (the run renders it as the row is written).
   */
  explanation?: Partial<Bilingual>;
}

/**
 * The columns of a worklist, in order: the same for every worklist file of `signaalreis run` and
 * for the service's worklists (one list, or all of them in one table).
 *
 * @example
 * ```ts
 * import { WORKLIST_COLUMNS } from '@signaalreis/adapters/cases';
 * WORKLIST_COLUMNS.slice(0, 5); // ['case_id', 'priority', 'bucket', 'deadline', 'deadline_note']
 * ```
 */
export const WORKLIST_COLUMNS: readonly string[] = [
  'case_id',
  'priority',
  'bucket',
  'deadline',
  'deadline_note',
  'team',
  'channel',
  'step',
  'attempts',
  'spacing_days',
  'parts_of_day',
  'names',
  'address',
  'city',
  'phone',
  'email',
  'signals',
  'total_amount',
  'explanation',
];

/** Most urgent first: a deadline that passed before the run, then routing priority, then rank. */
export const worklistOrder = (a: WorklistCase, b: WorklistCase): number =>
  (a.deadlinePassed ? 0 : 1) - (b.deadlinePassed ? 0 : 1) || a.priority - b.priority || a.rank - b.rank;

/** The key of a worklist: `team/channel` (ids; the CLI's file `worklist-<team>-<channel>.csv`). */
export const worklistKey = (s: { team: string; channel: string }): string => `${s.team}/${s.channel}`;

/**
 * The sheet of a worklist in a workbook, as an officer reads it: `team channel` by their labels in
 * `lang` (`wijkteam huisbezoek` for `worklist-neighbourhood-team-home-visit.csv`; a declared team by
 * its own label, an id this version does not know as it came). The workbook's writer keeps it
 * within Excel's rules (31 characters, unique).
 *
 * @example
 * ```ts
 * import { worklistSheetName } from './worklist-table';
 * worklistSheetName('neighbourhood-team/home-visit', 'nl'); // 'wijkteam huisbezoek'
 * worklistSheetName('crisis/phone', 'en'); // 'crisis team phone'
 * ```
 */
export function worklistSheetName(key: string, lang: Lang, teams: TeamLabels = []): string {
  const [team = '', channel = ''] = key.split('/');
  return `${teamLabel(team, lang, teams)} ${labelOrId(CHANNEL_LABELS, channel, lang)}`;
}

/**
 * A signal as the `signals` cell of a worklist names it: partner, kind and amount, the kind by its
 * label in `lang` (`WO-LND vroegsignaal € 450,00`; a kind signaalreis does not know by its id).
 */
export const worklistSignalText = (
  partnerId: string,
  kind: string,
  amountCents: number,
  lang: Lang,
): string => `${partnerId} ${labelOrId(KIND_TEXTS, kind, lang)} ${formatEuro(amountCents)}`;

/** One row of a worklist table. */
export type Row = Record<string, string | number | undefined>;

/** The row of case `c` on the worklist of its step `i`, in `lang` (a declared team by its label). */
export function worklistRow(c: WorklistCase, i: number, lang: Lang, teams: TeamLabels = []): Row {
  const s = c.steps[i] as WorklistStep;
  return {
    case_id: c.caseId,
    priority: c.priority,
    bucket: c.bucketLabel?.[lang] ?? c.bucket,
    deadline: c.deadline,
    deadline_note: c.deadlinePassed ? W.deadlinePassed(c.deadline)[lang] : '',
    // Officers read these cells: the team and channel by their label in `lang` (the file name and
    // the service's ?team&channel keep the ids).
    team: teamLabel(s.team, lang, teams),
    channel: CHANNEL_LABELS[s.channel][lang],
    step: W.step(i + 1, c.steps.length)[lang],
    attempts: s.attempts,
    spacing_days: s.spacingDays ?? '',
    parts_of_day: (s.partsOfDay ?? []).join(' '),
    names: c.names.join('; '),
    address: c.address,
    city: c.city,
    phone: c.phone.join(' '),
    email: c.email.join(' '),
    signals: c.signals.map((x) => worklistSignalText(x.partnerId, x.kind, x.amountCents, lang)).join('; '),
    total_amount: (c.totalAmountCents / 100).toFixed(2),
    explanation: c.explanation?.[lang] ?? '',
  };
}

/**
 * The worklists of `cases` as groups: for every team and channel (key `team/channel`) each case
 * with a step there and the step's index, most urgent first ({@link worklistOrder}); lists by
 * channel (least intensive first), then key.
 */
export function worklistGroups(
  cases: readonly WorklistCase[],
): Map<string, { c: WorklistCase; step: number }[]> {
  const groups = new Map<string, { c: WorklistCase; step: number }[]>();
  for (const c of [...cases].sort(worklistOrder))
    c.steps.forEach((s, step) => {
      const key = worklistKey(s);
      const list = groups.get(key) ?? [];
      list.push({ c, step });
      groups.set(key, list);
    });
  const channelOrder = (key: string) => CHANNELS.findIndex((c) => key.endsWith(`/${c}`));
  const keys = [...groups.keys()].sort((x, y) => channelOrder(x) - channelOrder(y) || (x < y ? -1 : 1));
  return new Map(keys.map((k) => [k, groups.get(k) ?? []]));
}

/** The rows of one worklist group in `lang` (a declared team by its label). */
export const worklistRows = (
  group: readonly { c: WorklistCase; step: number }[],
  lang: Lang,
  teams: TeamLabels = [],
): Row[] => group.map(({ c, step }) => worklistRow(c, step, lang, teams));
