// The worklist records of `signaalreis run` as CSV lines, made straight from the journeys: the bytes
// of `worklistRow` (worklist-table.ts) written by csvPieces, without the WorklistCase and the row
// object in between — a national month writes a hundred thousand of them (issue 14). The short
// texts that repeat (bucket, team, channel, step) are made into a field once; the explanation is
// not (a memo of its fields measured no faster: docs/performance.md, fourth round).
// worklist-lines.property.test.ts holds the two ways to the same bytes.
import {
  type AllocatedJourney,
  CHANNEL_LABELS,
  type ContactExplanations,
  type Lang,
  type Person,
  type TeamLabels,
  teamLabel,
} from '@signaalreis/core';
import { boundedMemo } from '../output/bounded-memo';
import { csvFields } from '../output/csv-field';
import type { CsvDialect } from '../output/csv-writer';
import { RUN_OUTPUT_MESSAGES as W } from './messages';
import { worklistSignalText } from './worklist-table';

/** Distinct texts kept as a field per column (project default: buckets, teams, channels and steps are a few). */
const FIELD_MEMO_LIMIT = 10_000;

/** Initials, prefix and surname, those given, a space apart (the `names` of a worklist). */
export function personName(p: Person): string {
  let name = '';
  for (const part of [p.initials, p.prefix, p.surname]) if (part) name = name ? `${name} ${part}` : part;
  return name;
}

/** The distinct non-empty values, in order of first appearance (most cases have one signal). */
export function distinct(values: readonly string[]): string[] {
  const kept = values.filter(Boolean);
  return kept.length <= 1 ? kept : [...new Set(kept)];
}

/** The distinct non-empty values joined by `sep`, in order of first appearance. */
const joinDistinct = (values: readonly string[], sep: string): string => distinct(values).join(sep);

/** `field` of a text, remembered for the texts that repeat (at most FIELD_MEMO_LIMIT of them). */
const memoised = (field: (text: string) => string) => boundedMemo(field, FIELD_MEMO_LIMIT);

/** A contact step as a worklist line shows it (plain data: it may cross to a worker thread). */
export interface WorklistLineStep {
  team: string;
  channel: string;
  attempts: number;
  spacingDays?: number;
  partsOfDay?: readonly string[];
}

/**
 * What the worklist lines of one case show, in one language, as plain data (strings and numbers):
 * made once per case on the thread that holds the journeys ({@link worklistLineCase}), written into
 * lines by {@link worklistLineFormat} — there or in the thread that writes the worklists (issue 14).
 */
export interface WorklistLineCase {
  caseId: string;
  priority: number;
  /** The bucket's label in the language, or its id. */
  bucket: string;
  deadline: string;
  deadlinePassed: boolean;
  steps: readonly WorklistLineStep[];
  names: string;
  householdKey: string;
  city: string;
  phone: string;
  email: string;
  /** The signals as the worklist lists them (`worklistSignalText`, `; ` between). */
  signals: string;
  /** The total amount in euros with two decimals and a point (`123.45`). */
  total: string;
  explanation: string;
}

/** The steps of a case as plain data. */
const lineSteps = (steps: readonly WorklistLineStep[]): WorklistLineStep[] =>
  steps.map((s) => ({
    team: s.team,
    channel: s.channel,
    attempts: s.attempts,
    ...(typeof s.spacingDays === 'number' ? { spacingDays: s.spacingDays } : {}),
    ...(s.partsOfDay ? { partsOfDay: [...s.partsOfDay] } : {}),
  }));

/**
 * What the worklist lines of the contacted journey `j` show in `lang`, with its explanation by
 * `explain` (see {@link WorklistLineCase}).
 */
export function worklistLineCase(
  j: AllocatedJourney,
  lang: Lang,
  explain: ContactExplanations,
): WorklistLineCase {
  const { route, allocation, match } = j;
  const signals = match.signals;
  let names: string;
  let phone: string;
  let email: string;
  let list: string;
  const first = signals[0]?.signal;
  if (signals.length === 1 && first) {
    names = personName(first.person);
    phone = first.contact.phone || '';
    email = first.contact.email || '';
    list = worklistSignalText(first.partner.id, first.kind, first.amountCents, lang);
  } else {
    names = joinDistinct(
      signals.map((x) => personName(x.signal.person)),
      '; ',
    );
    phone = joinDistinct(
      signals.map((x) => x.signal.contact.phone ?? ''),
      ' ',
    );
    email = joinDistinct(
      signals.map((x) => x.signal.contact.email ?? ''),
      ' ',
    );
    list = signals
      .map(({ signal: x }) => worklistSignalText(x.partner.id, x.kind, x.amountCents, lang))
      .join('; ');
  }
  return {
    caseId: j.caseId,
    priority: route.priority,
    bucket: (route.label ? route.label[lang] : undefined) ?? route.bucket,
    deadline: route.deadline,
    deadlinePassed: route.deadlinePassed === true,
    steps: lineSteps(allocation.steps),
    names,
    householdKey: match.householdKey,
    city: first?.address.city ?? '',
    phone,
    email,
    signals: list,
    total: (match.totals.totalAmountCents / 100).toFixed(2),
    explanation: explain(j) || '',
  };
}

/**
 * The parts of a worklist line in `lang` and `dialect` (see {@link worklistLineFormat}): a line is
 * `head(c) + step(c, i) + tail(c) + explanation(c.explanation) + end` — so that a case's own
 * fields can be made into text once for all its lines (the worklist thread keeps them so).
 */
export interface WorklistLineParts {
  /** The fields before the step's: case id, priority, bucket, deadline, deadline passed. */
  head(c: WorklistLineCase): string;
  /** The step's fields: team, channel, step n of m, attempts, spacing, parts of the day. */
  step(steps: readonly WorklistLineStep[], i: number): string;
  /** The fields after the step's, up to the explanation: names, address, contact data, signals, total. */
  tail(c: WorklistLineCase): string;
  /** The explanation's field. */
  explanation(text: string): string;
  /** The line end. */
  end: string;
}

/** The parts of worklist lines in `lang` and `dialect`: see {@link WorklistLineParts}. */
export function worklistLineParts(options: {
  lang: Lang;
  teams: TeamLabels;
  dialect?: CsvDialect;
}): WorklistLineParts {
  const { lang, teams } = options;
  const f = csvFields(options.dialect);
  const { text, delimiter: d } = f;
  const bucket = memoised(text);
  const team = memoised((id) => text(teamLabel(id, lang, teams)));
  const channel = memoised((id) => text(CHANNEL_LABELS[id as keyof typeof CHANNEL_LABELS][lang]));
  const stepOf = memoised((key) => {
    const [i, of] = key.split('/').map(Number);
    return text(W.step(i ?? 0, of ?? 0)[lang]);
  });
  return {
    head: (c) =>
      text(c.caseId) +
      d +
      f.number(c.priority) +
      d +
      bucket(c.bucket) +
      d +
      text(c.deadline) +
      d +
      (c.deadlinePassed ? text(W.deadlinePassed(c.deadline)[lang]) : '') +
      d,
    step: (steps, i) => {
      const s = steps[i] as WorklistLineStep;
      return (
        team(s.team) +
        d +
        channel(s.channel) +
        d +
        stepOf(`${i + 1}/${steps.length}`) +
        d +
        f.number(s.attempts) +
        d +
        (typeof s.spacingDays === 'number' ? f.number(s.spacingDays) : '') +
        d +
        text((s.partsOfDay ?? []).join(' '))
      );
    },
    tail: (c) =>
      d +
      text(c.names) +
      d +
      text(c.householdKey) +
      d +
      text(c.city) +
      d +
      text(c.phone) +
      d +
      text(c.email) +
      d +
      text(c.signals) +
      d +
      f.numericText(c.total) +
      d,
    explanation: text,
    end: f.end,
  };
}

/**
 * The writer of worklist lines in `lang` and `dialect`: for a case's {@link WorklistLineCase} and the
 * index of its step on the list, the CSV record (with its line end) that csvPieces writes for
 * `worklistRow(worklistCaseOf(j), step)`.
 */
export function worklistLineFormat(options: {
  lang: Lang;
  teams: TeamLabels;
  dialect?: CsvDialect;
}): (c: WorklistLineCase, step: number) => string {
  const p = worklistLineParts(options);
  return (c, i) => p.head(c) + p.step(c.steps, i) + p.tail(c) + p.explanation(c.explanation) + p.end;
}

/**
 * The maker of worklist lines in `lang` and `dialect`: for a contacted journey and the index of its
 * step on the list, the CSV record (with its line end) that csvPieces writes for
 * `worklistRow(worklistCaseOf(j), step)` — with the explanation by `explain`.
 *
 * @example
 * ```ts
 * import { contactExplanations } from '@signaalreis/core';
 * import { worklistLines } from './worklist-lines';
 * declare const j: import('@signaalreis/core').AllocatedJourney;
 * const line = worklistLines({ lang: 'nl', teams: [], explain: contactExplanations('nl') });
 * line(j, 0); // '2026-10-00001,1,Crisis,2026-10-20,,crisisteam,telefoon,1 van 2,3,,,…\n'
 * ```
 */
export function worklistLines(options: {
  lang: Lang;
  teams: TeamLabels;
  explain: ContactExplanations;
  dialect?: CsvDialect;
}): (j: AllocatedJourney, step: number) => string {
  const format = worklistLineFormat(options);
  return (j, i) => format(worklistLineCase(j, options.lang, options.explain), i);
}
