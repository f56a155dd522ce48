// The text summary of `signaalreis compare`: the two presets side by side, the cases treated
// differently, and the cases under one preset only with the reason the other has none (issue 16).
// Channels, teams and buckets by their labels in the reader's language, as the run's summary names
// them ("huisbezoek / wijkteam"); `--format json` and the `--out` file keep the ids.
import {
  type Bilingual,
  CHANNEL_LABELS,
  formatEuro,
  type Lang,
  type MonthComparison,
  type OneSidedCase,
  type Pair,
  type PlannedMonth,
  type TeamLabels,
  teamLabel,
} from '@signaalreis/core';
import { labelOrId, OUTCOME_TEXTS } from '../report/messages';
import { localize } from './lang';
import { ABSENCE_REASON_TEXTS, COMPARE_MESSAGES } from './messages/compare';

/** One-sided cases listed per side in the text; the rest are in JSON and the `--out` file. */
const LISTED = 20; // project default: a screenful

/**
 * The words for an absence reason in Dutch or English; codes joined with `+` read as their words
 * joined, and a code without words (a newer engine's) as itself.
 *
 * @example
 * ```ts
 * import { reasonText } from './compare-text';
 * reasonText('not_in_input+outside_municipality', 'nl'); // 'niet in de invoer + buiten het gebied (postcodes)'
 * ```
 */
export function reasonText(reason: string, lang: Lang): string {
  return reason
    .split('+')
    .map((code) => labelOrId(ABSENCE_REASON_TEXTS, code, lang))
    .join(' + ');
}

/** A worklist bucket's label by its id (the labels of the routing rules that chose it). */
export type BucketLabels = Readonly<Partial<Record<string, Bilingual>>>;

/**
 * What the text names by label besides channels and built-in teams: the teams the two presets
 * declare, and each side's bucket labels. Without them a declared team and a bucket show their id.
 *
 * @example
 * ```ts
 * import type { CompareNames } from './compare-text';
 * const names: CompareNames = {
 *   teams: [{ id: 'schuldhulp-noord', label: { nl: 'Schuldhulp Noord', en: 'Debt help North' } }],
 *   buckets: { a: { visit: { nl: 'Huisbezoek', en: 'Home visit' } } },
 * };
 * ```
 */
export interface CompareNames {
  /** The teams either preset declares; a team both declare is named as the first gives it. */
  teams?: TeamLabels;
  /** The bucket labels of each side's routing, for the cases under one preset only. */
  buckets?: { a?: BucketLabels; b?: BucketLabels };
}

/**
 * The names {@link compareText} needs of two planned months: the teams both declare (A's first) and
 * the label of every bucket a case of each month was routed to.
 *
 * @example
 * ```ts
 * import type { PlannedMonth } from '@signaalreis/core';
 * import { compareNames, compareText } from './compare-text';
 * declare const a: PlannedMonth; // the month under type-medium
 * declare const b: PlannedMonth; // the same month under a preset with a team of its own
 * compareNames(a, b).buckets?.a?.visit; // { nl: 'Huisbezoek', en: 'Home visit' }
 * ```
 */
export function compareNames(a: PlannedMonth, b: PlannedMonth): CompareNames {
  const buckets = (m: PlannedMonth) => {
    const labels: Partial<Record<string, Bilingual>> = {};
    for (const j of m.journeys) {
      const r = j.route;
      if (r?.label && !Object.hasOwn(labels, r.bucket)) labels[r.bucket] = r.label;
    }
    return labels;
  };
  return { teams: [...(a.teams ?? []), ...(b.teams ?? [])], buckets: { a: buckets(a), b: buckets(b) } };
}

/** A channel by its label; `none` (no contact) as a word; a channel this version does not know as it came. */
function channelName(channel: string, lang: Lang): string {
  if (channel === 'none') return localize(COMPARE_MESSAGES, lang).noChannel;
  return labelOrId(CHANNEL_LABELS, channel, lang);
}

/** A key of the capacity used, `channel` or `channel/team`, as the run's summary names it: "huisbezoek / wijkteam". */
function capacityName(key: string, lang: Lang, teams: TeamLabels): string {
  const slash = key.indexOf('/');
  if (slash < 0) return channelName(key, lang);
  return `${channelName(key.slice(0, slash), lang)} / ${teamLabel(key.slice(slash + 1), lang, teams)}`;
}

/** A bucket by the label its rule gives it, else by intake's outcome, else as it came. */
function bucketName(bucket: string, lang: Lang, labels: BucketLabels | undefined): string {
  return labels && Object.hasOwn(labels, bucket)
    ? labelOrId(labels, bucket, lang)
    : labelOrId(OUTCOME_TEXTS, bucket, lang);
}

/** A table of pairs: rows in the order of their ids (deterministic), each named by `name`. */
function table(
  title: string,
  rows: Partial<Record<string, Pair>>,
  a: string,
  b: string,
  name: (key: string) => string = (key) => key,
): string[] {
  const keys = Object.keys(rows).sort();
  const names = keys.map(name);
  const w = Math.max(title.length, ...names.map((k) => k.length)) + 2;
  const cell = (s: string | number) => String(s).padStart(Math.max(a.length, b.length, 6) + 2);
  const lines = [`${title.padEnd(w)}${cell(a)}${cell(b)}${cell('Δ')}`];
  keys.forEach((k, i) => {
    const p = rows[k] as Pair;
    const d = p.b - p.a;
    lines.push(`  ${(names[i] as string).padEnd(w - 2)}${cell(p.a)}${cell(p.b)}${cell(d > 0 ? `+${d}` : d)}`);
  });
  return lines;
}

function oneSidedLines(c: MonthComparison, a: string, b: string, lang: Lang, names: CompareNames): string[] {
  if (c.onlyInA.length === 0 && c.onlyInB.length === 0) return [];
  const t = localize(COMPARE_MESSAGES, lang);
  const byReason = Object.fromEntries(
    Object.entries(c.oneSidedByReason).map(([reason, pair]) => [reasonText(reason, lang), pair]),
  );
  const lines = ['', ...table(t.oneSided, byReason, a, b)];
  const list = (preset: string, cases: OneSidedCase[], buckets: BucketLabels | undefined) => {
    if (cases.length === 0) return;
    lines.push('', t.onlyUnder(preset, cases.length));
    for (const x of cases.slice(0, LISTED))
      lines.push(
        `  ${x.caseId}  ${reasonText(x.reason, lang)}  ${bucketName(x.outcome.bucket, lang, buckets)}  ${t.signals(x.signals)}  ${formatEuro(x.totalAmountCents)}`,
      );
    if (cases.length > LISTED) lines.push(t.more(cases.length - LISTED));
  };
  list(a, c.onlyInA, names.buckets?.a);
  list(b, c.onlyInB, names.buckets?.b);
  return lines;
}

/**
 * The text summary of a comparison in Dutch or English: statuses, primary channels and capacity
 * side by side, the cases under one preset only (counted by reason, the first 20 of each side
 * listed by case id without personal data), and how many cases under both are treated differently.
 * Channels, teams and buckets are named by their labels in `lang` (`huisbezoek / wijkteam`, `geen`
 * for no contact; declared teams and bucket labels from `names`, see {@link compareNames}), rows in
 * the order of their ids; an id without a label (a newer engine's) as it came.
 *
 * @example
 * ```ts
 * import type { MonthComparison, PlannedMonth } from '@signaalreis/core';
 * import { compareNames, compareText } from './compare-text';
 * declare const a: PlannedMonth; // the month under type-medium
 * declare const b: PlannedMonth; // under a copy with an area
 * declare const c: MonthComparison; // compareMonths(a, b)
 * compareText(c, 'type-medium', 'medium-area', 'nl', compareNames(a, b));
 * // 'signaalreis compare — 2026-10: 249 zaken onder type-medium, 180 onder medium-area; …
 * //  Eerste kanaal … huisbezoek … geen … telefoon …
 * //  Capaciteit gebruikt … huisbezoek / wijkteam …'
 * ```
 */
export function compareText(
  c: MonthComparison,
  a: string,
  b: string,
  lang: Lang,
  names: CompareNames = {},
): string {
  const t = localize(COMPARE_MESSAGES, lang);
  const even = c.cases.a === c.inBoth && c.cases.b === c.inBoth;
  return `${[
    even ? t.head(c.month, c.inBoth, a, b) : t.headUneven(c.month, a, c.cases.a, b, c.cases.b, c.inBoth),
    '',
    ...table(t.status, c.bySignalStatus, a, b),
    '',
    ...table(t.channel, c.byPrimaryChannel, a, b, (k) => channelName(k, lang)),
    '',
    ...table(t.capacity, c.capacityUsed, a, b, (k) => capacityName(k, lang, names.teams ?? [])),
    ...oneSidedLines(c, a, b, lang, names),
    '',
    t.unplaced(c.unplaced.a, c.unplaced.b),
    t.changed(c.changed.length, c.inBoth),
  ].join('\n')}\n`;
}
