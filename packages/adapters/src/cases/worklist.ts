// Worklists per team and channel of a planned month: the cases with a step there, most urgent
// first, with what the worker needs to make contact. The rows are worklist-table's (the same as the
// service writes for a stored month); here they are made from the journeys as tables (for Excel)
// or a piece at a time as CSV (a national month has a hundred thousand rows: each is made while
// the file is written, never all held).
import {
  type AllocatedJourney,
  CHANNELS,
  type ContactExplanations,
  contactExplanations,
  type Lang,
  type PlannedMonth,
} from '@signaalreis/core';
import {
  type CsvDialect,
  type CsvTableOptions,
  csvTable,
  type OutputTable,
  PIECE_ROWS,
} from '../output/csv-writer';
import { withSteps } from './case-extras';
import { distinct, personName, worklistLines } from './worklist-lines';
import { type Row, WORKLIST_COLUMNS, type WorklistCase, worklistKey, worklistRow } from './worklist-table';

/**
 * A planned journey with contact steps as a case of the worklists, with its explanation in `lang`
 * only (from the route and allocation sections, by `explain`: each distinct text rendered once).
 */
function worklistCaseOf(j: AllocatedJourney, lang: Lang, explain: ContactExplanations): WorklistCase {
  const { route, allocation, match } = j;
  const names: string[] = [];
  const phones: string[] = [];
  const emails: string[] = [];
  const signals: WorklistCase['signals'][number][] = [];
  for (const { signal: x } of match.signals) {
    names.push(personName(x.person));
    if (x.contact.phone) phones.push(x.contact.phone);
    if (x.contact.email) emails.push(x.contact.email);
    signals.push({ partnerId: x.partner.id, kind: x.kind, amountCents: x.amountCents });
  }
  // one literal shape and no spreads: a row of a national month's worklists makes one of these
  const c: WorklistCase = {
    caseId: j.caseId,
    priority: route.priority,
    rank: match.rank,
    bucket: route.bucket,
    deadline: route.deadline,
    deadlinePassed: route.deadlinePassed === true,
    steps: allocation.steps,
    names: distinct(names),
    address: match.householdKey,
    city: match.signals[0]?.signal.address.city ?? '',
    phone: distinct(phones),
    email: distinct(emails),
    signals,
    totalAmountCents: match.totals.totalAmountCents,
  };
  if (route.label) c.bucketLabel = route.label;
  const explanation = explain(j);
  if (explanation) c.explanation = lang === 'nl' ? { nl: explanation } : { en: explanation };
  return c;
}

/** A row of a worklist: the case and the index of its step on that list. */
export interface WorklistEntry {
  j: AllocatedJourney;
  step: number;
}

/**
 * The journeys with contact steps in worklist order: a deadline that passed before the run first,
 * then routing priority, then matching's rank. Every worklist is this order's cases with a step on
 * it (a case's rows on one list in the order of its steps).
 */
export function worklistOrder(m: PlannedMonth): AllocatedJourney[] {
  const passed = (j: AllocatedJourney) => (j.route.deadlinePassed ? 0 : 1);
  return m.journeys
    .filter(withSteps)
    .sort(
      (a, b) => passed(a) - passed(b) || a.route.priority - b.route.priority || a.match.rank - b.match.rank,
    );
}

/**
 * The cases of each worklist (key `team/channel`), in worklist order (`worklistOrder`: a deadline
 * that passed before the run first, then routing priority, then matching's rank). Keys in channel
 * order (least intensive first), then by name — as `worklistGroups` orders a stored month's.
 */
export function worklistIndex(m: PlannedMonth): Map<string, WorklistEntry[]> {
  return listsOf(worklistOrder(m));
}

/** The worklists of journeys in worklist order (see {@link worklistIndex}). */
function listsOf(order: readonly AllocatedJourney[]): Map<string, WorklistEntry[]> {
  const lists = new Map<string, WorklistEntry[]>();
  for (const j of order)
    j.allocation.steps.forEach((s, step) => {
      const key = worklistKey(s);
      const list = lists.get(key);
      if (list) list.push({ j, step });
      else lists.set(key, [{ j, step }]);
    });
  const channelOrder = (key: string) => CHANNELS.findIndex((c) => key.endsWith(`/${c}`));
  const keys = [...lists.keys()].sort((x, y) => channelOrder(x) - channelOrder(y) || (x < y ? -1 : 1));
  return new Map(keys.map((k) => [k, lists.get(k) ?? []]));
}

const rowOf = (e: WorklistEntry, lang: Lang, m: PlannedMonth, explain: ContactExplanations): Row =>
  worklistRow(worklistCaseOf(e.j, lang, explain), e.step, lang, m.teams);

/** The columns of a worklist's CSV file, and which of them are numeric. */
export const WORKLIST_TABLE = { columns: WORKLIST_COLUMNS, numeric: ['total_amount'] } as const;

/**
 * The worklists as tables (columns, rows) rather than CSV text: what {@link worklists} writes as CSV
 * and `signaalreis run --xlsx` as one sheet per worklist (with `xlsxWorkbook`). Same keys, same order;
 * the columns are `WORKLIST_COLUMNS`, as in the service's worklists of a stored month.
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
  const explain = contactExplanations(lang);
  for (const [key, list] of worklistIndex(m))
    out.set(key, { ...WORKLIST_TABLE, rows: list.map((e) => rowOf(e, lang, m, explain)) });
  return out;
}

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
  return new Map([...worklistParts(m, options).lists].map(([key, { pieces }]) => [key, pieces]));
}

/**
 * What {@link worklistPieces} gives, with what it is made of: the CSV options of a list (header
 * included) and, per list, its rows (case and step) beside its pieces. Internal: the command
 * line's worklist thread writes the same lines elsewhere (cli/worklist-thread.ts).
 */
export function worklistParts(
  m: PlannedMonth,
  options: { lang?: Lang; dialect?: CsvDialect; headers?: Readonly<Record<string, string>> } = {},
): {
  table: CsvTableOptions;
  /** The journeys with steps in worklist order ({@link worklistOrder}). */
  order: AllocatedJourney[];
  lists: Map<string, { list: readonly WorklistEntry[]; pieces: () => Iterable<string> }>;
} {
  const lang = options.lang ?? 'nl';
  const table = {
    ...WORKLIST_TABLE,
    ...(options.dialect ? { dialect: options.dialect } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  };
  const lists = new Map<string, { list: readonly WorklistEntry[]; pieces: () => Iterable<string> }>();
  // one memo of explanation texts for all the lists, alive while the map is (the write)
  const line = worklistLines({
    lang,
    teams: m.teams ?? [],
    explain: contactExplanations(lang),
    ...(options.dialect ? { dialect: options.dialect } : {}),
  });
  const order = worklistOrder(m);
  for (const [key, list] of listsOf(order))
    lists.set(key, { list, pieces: () => linePieces(list, table, line) });
  return { table, order, lists };
}

/** The header (csvTable of no rows), then the lines of `list` PIECE_ROWS at a time. */
function* linePieces(
  list: readonly WorklistEntry[],
  table: CsvTableOptions,
  line: (j: AllocatedJourney, step: number) => string,
): Generator<string> {
  yield csvTable([], table);
  for (let i = 0; i < list.length; i += PIECE_ROWS) {
    let piece = '';
    for (const e of list.slice(i, i + PIECE_ROWS)) piece += line(e.j, e.step);
    yield piece;
  }
}

/**
 * Worklists: for every team and channel, the cases with a step there, most urgent first (a
 * deadline that passed before the run — column `deadline_note`: "termijn verstreken op 22-10-2026"
 * — then routing priority, then matching's rank), with what the worker needs to make contact (names, address,
 * phone, e-mail, the signals), the bucket's label, the team (a declared team by its label) and the
 * routing and allocation explanation. Keys are `team/channel`; values are CSV text.
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
