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
  const { lang, teams, explain } = options;
  const f = csvFields(options.dialect);
  const { text, delimiter: d } = f;
  const bucket = memoised(text);
  const team = memoised((id) => text(teamLabel(id, lang, teams)));
  const channel = memoised((id) => text(CHANNEL_LABELS[id as keyof typeof CHANNEL_LABELS][lang]));
  const stepOf = memoised((key) => {
    const [i, of] = key.split('/').map(Number);
    return text(W.step(i ?? 0, of ?? 0)[lang]);
  });
  return (j, i) => {
    const { route, allocation, match } = j;
    const steps = allocation.steps;
    const s = steps[i] as (typeof steps)[number];
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
      list = worklistSignalText(first.partner.id, first.kind, first.amountCents);
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
        .map(({ signal: x }) => worklistSignalText(x.partner.id, x.kind, x.amountCents))
        .join('; ');
    }
    const passed = route.deadlinePassed === true;
    return (
      text(j.caseId) +
      d +
      f.number(route.priority) +
      d +
      bucket((route.label ? route.label[lang] : undefined) ?? route.bucket) +
      d +
      text(route.deadline) +
      d +
      (passed ? text(W.deadlinePassed(route.deadline)[lang]) : '') +
      d +
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
      text((s.partsOfDay ?? []).join(' ')) +
      d +
      text(names) +
      d +
      text(match.householdKey) +
      d +
      text(first?.address.city ?? '') +
      d +
      text(phone) +
      d +
      text(email) +
      d +
      text(list) +
      d +
      f.numericText((match.totals.totalAmountCents / 100).toFixed(2)) +
      d +
      text(explain(j) || '') +
      f.end
    );
  };
}
