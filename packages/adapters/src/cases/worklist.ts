// Worklists per team and channel: the cases with a step there, most urgent first, with what the
// worker needs to make contact. Made as tables (for Excel) or a piece at a time as CSV (a national
// month has a hundred thousand rows: they are made while the file is written, never all held).
import {
  type AllocatedJourney,
  CHANNELS,
  contactExplanationIn,
  formatEuro,
  type Lang,
  type Person,
  type PlannedJourney,
  type PlannedMonth,
} from '@signaalreis/core';
import { type CsvDialect, csvPieces, csvTable, type OutputTable } from '../output/csv-writer';
import { RUN_OUTPUT_MESSAGES as W } from './messages';

/** The columns of a worklist, in order. */
const WORKLIST_COLUMNS = [
  'case_id',
  'priority',
  'bucket',
  'deadline',
  'deadline_note',
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

/** A worklist row. */
type Row = Record<string, string | number | undefined>;

/** Initials, prefix and surname, those given, a space apart. */
function personName(p: Person): string {
  let name = '';
  for (const part of [p.initials, p.prefix, p.surname]) if (part) name = name ? `${name} ${part}` : part;
  return name;
}

/** A journey that has a contact step to carry out. */
const withSteps = (j: PlannedJourney): j is AllocatedJourney =>
  j.route !== undefined && j.allocation !== undefined && j.allocation.steps.length > 0;

const keyOf = (s: { team: string; channel: string }) => `${s.team}/${s.channel}`;

/** A row of a worklist: the case and the index of its step on that list. */
interface Entry {
  j: AllocatedJourney;
  step: number;
}

/**
 * The cases of each worklist (key `team/channel`), in worklist order: a deadline that passed before
 * the run first (it is the most urgent), then routing priority, then matching's rank. Keys in
 * channel order (least intensive first), then by name. A case is on a list once: allocation gives
 * a case one step per channel and team.
 */
function worklistIndex(m: PlannedMonth): Map<string, Entry[]> {
  const passed = (j: AllocatedJourney) => (j.route.deadlinePassed ? 0 : 1);
  const ordered = m.journeys
    .filter(withSteps)
    .sort(
      (a, b) => passed(a) - passed(b) || a.route.priority - b.route.priority || a.match.rank - b.match.rank,
    );
  const lists = new Map<string, Entry[]>();
  for (const j of ordered)
    j.allocation.steps.forEach((s, step) => {
      const key = keyOf(s);
      const list = lists.get(key);
      if (list) list.push({ j, step });
      else lists.set(key, [{ j, step }]);
    });
  const channelOrder = (key: string) => CHANNELS.findIndex((c) => key.endsWith(`/${c}`));
  const keys = [...lists.keys()].sort((x, y) => channelOrder(x) - channelOrder(y) || (x < y ? -1 : 1));
  return new Map(keys.map((k) => [k, lists.get(k) ?? []]));
}

/** The distinct values, in order of first appearance, joined (most cases have one signal). */
function distinct(values: readonly string[], separator: string): string {
  if (values.length <= 1) return values[0] ?? '';
  return [...new Set(values)].join(separator);
}

/** What a row says about the people and the signals of a case, in one pass over its signals. */
function signalCells(j: AllocatedJourney) {
  const names: string[] = [];
  const phones: string[] = [];
  const emails: string[] = [];
  const parts: string[] = [];
  for (const { signal: x } of j.match.signals) {
    names.push(personName(x.person));
    if (x.contact.phone) phones.push(x.contact.phone);
    if (x.contact.email) emails.push(x.contact.email);
    parts.push(`${x.partner.id} ${x.kind} ${formatEuro(x.amountCents)}`);
  }
  return {
    names: distinct(names, '; '),
    city: j.match.signals[0]?.signal.address.city ?? '',
    phone: distinct(phones, ' '),
    email: distinct(emails, ' '),
    signals: parts.join('; '),
  };
}

/** The row of a worklist for case `j` and its step `i`. */
function worklistRow({ j, step: i }: Entry, lang: Lang): Row {
  const { route, allocation, match } = j;
  const s = allocation.steps[i] as AllocatedJourney['allocation']['steps'][number];
  const cells = signalCells(j);
  return {
    case_id: j.caseId,
    priority: route.priority,
    bucket: route.label?.[lang] ?? route.bucket,
    deadline: route.deadline,
    deadline_note: route.deadlinePassed ? W.deadlinePassed(route.deadline)[lang] : '',
    step: W.step(i + 1, allocation.steps.length)[lang],
    attempts: s.attempts,
    spacing_days: s.spacingDays ?? '',
    parts_of_day: s.partsOfDay ? s.partsOfDay.join(' ') : '',
    names: cells.names,
    address: match.householdKey,
    city: cells.city,
    phone: cells.phone,
    email: cells.email,
    signals: cells.signals,
    total_amount: (match.totals.totalAmountCents / 100).toFixed(2),
    explanation: contactExplanationIn(j, lang),
  };
}

/**
 * The worklists as tables (columns, rows) rather than CSV text: what {@link worklists} writes as CSV
 * and `signaalreis run --xlsx` as one sheet per worklist (with `xlsxWorkbook`). Same keys, same order.
 *
 * @example
 * ```ts
 * import { worklistTables } from '@signaalreis/adapters/cases';
 * import { xlsxWorkbook } from '@signaalreis/adapters/output';
 * import type { PlannedMonth } from '@signaalreis/core';
 * declare const month: PlannedMonth;
 * const sheets = [...worklistTables(month)].map(([key, table]) => ({ name: key.replace('/', ' '), ...table }));
 * const bytes = await xlsxWorkbook(sheets); // total_amount as € amounts, deadline as date cells
 * ```
 */
export function worklistTables(m: PlannedMonth, lang: Lang = 'nl'): Map<string, OutputTable> {
  const out = new Map<string, OutputTable>();
  for (const [key, list] of worklistIndex(m))
    out.set(key, { ...WORKLIST_TABLE, rows: list.map((e) => worklistRow(e, lang)) });
  return out;
}

const WORKLIST_TABLE = { columns: WORKLIST_COLUMNS, numeric: ['total_amount'] } as const;

/**
 * The worklists as CSV made a piece at a time (see `csvPieces`): per key `team/channel` a function
 * that gives the text of {@link worklists} in pieces, each row made when its piece is written. What
 * `signaalreis run` writes (`OutputData` of `writeOutputFolder`); same keys, same order, same bytes.
 *
 * @example
 * ```ts
 * import { worklistPieces } from '@signaalreis/adapters/cases';
 * import { writeOutputFolder } from '@signaalreis/adapters/output';
 * import type { PlannedMonth } from '@signaalreis/core';
 * declare const month: PlannedMonth;
 * const files = [...worklistPieces(month)].map(([key, data]) => ({ name: `worklist-${key.replace('/', '-')}.csv`, data }));
 * writeOutputFolder('out/2026-10', files);
 * ```
 */
export function worklistPieces(
  m: PlannedMonth,
  options: { lang?: Lang; dialect?: CsvDialect; headers?: Readonly<Record<string, string>> } = {},
): Map<string, () => Iterable<string>> {
  const lang = options.lang ?? 'nl';
  const table = {
    ...WORKLIST_TABLE,
    ...(options.dialect ? { dialect: options.dialect } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  };
  const out = new Map<string, () => Iterable<string>>();
  for (const [key, list] of worklistIndex(m)) out.set(key, () => csvPieces(rowsOf(list, lang), table));
  return out;
}

function* rowsOf(list: readonly Entry[], lang: Lang): Generator<Row> {
  for (const e of list) yield worklistRow(e, lang);
}

/**
 * Worklists: for every team and channel, the cases with a step there, most urgent first (a
 * deadline that passed before the run — column `deadline_note`: "termijn verstreken op 22-10-2026"
 * — then routing priority, then matching's rank), with what the worker needs to make contact (names, address,
 * phone, e-mail, the signals), the bucket's Dutch label and the routing and allocation explanation.
 * Keys are `team/channel`; values are CSV text.
 *
 * @example
 * ```ts
 * import { worklists } from '@signaalreis/adapters/cases';
 * import type { PlannedMonth, Result } from '@signaalreis/core';
 * declare const planned: Result<PlannedMonth>; // from planMonth (or runPresetMonth of rules-presets)
 * if (planned.ok) [...worklists(planned.value).keys()]; // ['neighbourhood-team/home-visit', 'municipality/letter', …]
 * ```
 */
export function worklists(m: PlannedMonth, dialect?: CsvDialect, lang: Lang = 'nl'): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, table] of worklistTables(m, lang))
    out.set(key, csvTable(table.rows, { ...table, ...(dialect ? { dialect } : {}) }));
  return out;
}
