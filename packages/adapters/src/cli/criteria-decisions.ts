// The decisions of `signaalreis criteria`, one per ledger row, in four groups written in this order
// (delivered, not delivered, rejected by the criteria, rows that could not be read), and their
// counts — kept as counts while the rows go by, so that the summary needs none of the rows.
import type { Bilingual, CriteriaEvaluation, InvalidLedgerRow, Lang } from '@signaalreis/core';
import { type LedgerCsvRow, ledgerColumnOf } from '../ledger/read-ledger';
import { KIND_TEXTS, labelOrId } from '../report/messages';
import type { CliIo } from './io';
import { issueText, type Localized } from './lang';
import { CRITERIA_CLI_MESSAGES, LEDGER_CODE_TEXTS } from './messages/feedback';
import { ISSUE_CODE_TEXTS, issueCodeText } from './messages/validate';

/** One row of `--out`: the decision about one ledger row (`deliver`: yes, no or invalid). */
export type Decision = {
  customer_id: string;
  deliver: string;
  kind: string;
  delivery_date: string;
  rule: string;
  reason: string;
  explanation: string;
};

/** The groups of decisions, in the order `--out` writes them. */
export const GROUPS = ['delivered', 'notDelivered', 'rejected', 'unreadable'] as const;
/** A group of decisions. */
export type Group = (typeof GROUPS)[number];

/** The columns of `--out`. */
export const COLUMNS = ['customer_id', 'deliver', 'kind', 'delivery_date', 'rule', 'reason', 'explanation'];

/** The decision about a row the criteria evaluated. */
export const evaluatedDecision = (d: CriteriaEvaluation, lang: Lang): Decision => ({
  customer_id: d.customerId,
  deliver: d.deliver ? 'yes' : 'no',
  kind: d.kind ?? '',
  delivery_date: d.deliveryDate ?? '',
  rule: d.ruleId ?? '',
  reason: d.reason,
  explanation: d.explanation[lang],
});

/** The decision about a row the criteria rejected (its values contradict each other, a repeat, …). */
export const rejectedDecision = (x: InvalidLedgerRow, lang: Lang): Decision => ({
  customer_id: x.customerId ?? '',
  deliver: 'invalid',
  kind: '',
  delivery_date: '',
  rule: '',
  reason: x.issues.map((i) => i.code).join(' '),
  explanation: x.issues.map((i) => issueText(lang, i)).join('; '),
});

/** The decision about a row that could not be read as a ledger row. */
export const unreadableDecision = (r: LedgerCsvRow, lang: Lang): Decision => ({
  customer_id: r.customerId,
  deliver: 'invalid',
  kind: '',
  delivery_date: '',
  rule: '',
  reason: r.issues.map((i) => i.code).join(' '),
  // each problem where the partner finds it: the line and the ledger's own column (not our field name)
  explanation: r.issues
    .map((i) => {
      const field = i.path[0];
      const column = typeof field === 'string' ? (ledgerColumnOf(field) ?? field) : undefined;
      return `${CRITERIA_CLI_MESSAGES.ledgerPlace(i.line ?? r.line, column)[lang]}: ${issueText(lang, i)}`;
    })
    .join('; '),
});

/** Counts by key, in the order the keys first came. */
class Counter {
  readonly counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}

/** Most first; equal counts in the order their keys first came. */
const byCount = (...counters: Counter[]): [string, number][] => {
  const all = new Counter();
  for (const c of counters) for (const [k, n] of c.counts) all.counts.set(k, (all.counts.get(k) ?? 0) + n);
  return [...all.counts].sort((a, b) => b[1] - a[1]);
};

/** The counts of the decisions, as they go by. */
export class DecisionTally {
  readonly #size = { delivered: 0, notDelivered: 0, rejected: 0, unreadable: 0 };
  readonly #kinds = new Counter();
  readonly #notByRule = new Counter();
  readonly #notByRuleText = new Counter();
  readonly #rejectedCodes = new Counter();
  readonly #unreadableCodes = new Counter();

  /** Counts one decision of `group`. */
  add(group: Group, d: Decision): void {
    this.#size[group]++;
    if (group === 'delivered') this.#kinds.add(d.kind || 'early');
    else if (group === 'notDelivered') {
      this.#notByRule.add(d.rule || d.reason);
      this.#notByRuleText.add(d.rule);
    } else
      for (const code of d.reason.split(' '))
        (group === 'rejected' ? this.#rejectedCodes : this.#unreadableCodes).add(code);
  }

  /** The summary of `--format json`. */
  summary(preset: string, date: string, rows: number) {
    const s = this.#size;
    return {
      preset,
      date,
      rows,
      delivered: s.delivered,
      notDelivered: s.notDelivered,
      invalid: s.rejected + s.unreadable,
      byKind: Object.fromEntries(byCount(this.#kinds)),
      notDeliveredByRule: Object.fromEntries(byCount(this.#notByRule)),
      invalidByCode: Object.fromEntries(byCount(this.#rejectedCodes, this.#unreadableCodes)),
    };
  }

  /** The not-delivered counts by the rule that said no ('' when none applied). */
  notDeliveredByRuleId(): [string, number][] {
    return byCount(this.#notByRuleText);
  }
}

/** What the summary is about. */
export interface SummaryContext {
  file: string;
  preset: string;
  date: string;
  out?: string;
  format: 'text' | 'json';
  /** Data rows of the ledger. */
  rows: number;
  tally: DecisionTally;
  t: Localized<typeof CRITERIA_CLI_MESSAGES>;
  /** The language of the text summary (default Dutch). */
  lang?: Lang;
  /** The table's rules, to name the rule that said no by its label (default: by its id). */
  rules?: readonly { id: string; label: Bilingual }[];
}

/** The words of a ledger row's codes: its own, and those of a file's reading codes (`validate`'s). */
const LEDGER_AND_FILE_CODES = { ...ISSUE_CODE_TEXTS, ...LEDGER_CODE_TEXTS };

/**
 * A ledger row's issue code as the summary shows it: its words and the code (`vervaldatum in de
 * toekomst (due_date_in_future)`), a file's reading code as `validate` shows it, else the code.
 */
export const ledgerCodeText = (code: string, lang: Lang): string =>
  issueCodeText(code, lang, LEDGER_AND_FILE_CODES);

/** Prints the summary: JSON, or the counts in Dutch (English with `--lang en`). */
export function printSummary(io: CliIo, c: SummaryContext): void {
  const { t } = c;
  const lang = c.lang ?? 'nl';
  const summary = c.tally.summary(c.preset, c.date, c.rows);
  if (c.format === 'json') return void io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  // the rule that said no by its label ("Geen signaal: bekende schuldregeling") with its id, or in words when none applied
  const rule = (id: string) => {
    if (id === '') return `${t.noSignal} ${t.noRule}`;
    const label = c.rules?.find((r) => r.id === id)?.label[lang];
    return label === undefined ? `${t.noSignal} ${id}` : `${label} (${id})`;
  };
  const counted: [string, number][] = [
    ...Object.entries(summary.byKind).map(([k, n]): [string, number] => [
      `${t.signal}: ${labelOrId(KIND_TEXTS, k, lang)}`,
      n,
    ]),
    ...c.tally.notDeliveredByRuleId().map(([k, n]): [string, number] => [rule(k), n]),
    ...Object.entries(summary.invalidByCode).map(([k, n]): [string, number] => [
      `${t.invalid} ${ledgerCodeText(k, lang)}`,
      n,
    ]),
  ];
  // labels in a column as wide as the longest, the counts right-aligned after at least a space
  const width = Math.max(34, ...counted.map(([label]) => label.length)) + 1;
  const digits = Math.max(5, ...counted.map(([, n]) => String(n).length + 1));
  const lines = [
    t.head(c.file, c.preset, c.date),
    '',
    t.rows(summary.rows, summary.delivered, summary.notDelivered, summary.invalid),
    ...counted.map(([label, n]) => `  ${label.padEnd(width)}${String(n).padStart(digits)}`),
  ];
  if (c.out) lines.push('', t.written(c.out));
  io.stdout.write(`${lines.join('\n')}\n`);
}
