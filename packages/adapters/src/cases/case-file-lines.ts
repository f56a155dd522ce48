// History from a compact case file as `match` and `run` write it (one case a line, case-file-text.ts),
// a line at a time: each case parsed, checked and turned into history entries, and let go — a
// national year reads millions of cases back, and the whole file as one JSON tree is several
// hundred megabytes. The same checks as readCaseFile, the same entries as historyFromCaseFile (the
// property test holds the two readers together); a file in any other layout is not read here.
import {
  fail,
  type HistoryEntry,
  type IsoMonth,
  type Issue,
  issue,
  issuesFromZod,
  JSON_LIMITS,
  type JsonLimits,
  ok,
  parseCaseRecord,
  parseJsonText,
  prefixIssues,
  type Result,
} from '@signaalreis/core';
import { reachedOf } from './case-file';
import { CASE_FILE_FORMAT, CompactCaseFileSchema, CompactCaseSchema } from './case-file-schema';
import { type CaseFileHead, caseFilePieces } from './case-file-text';
import { isCompactCase } from './compact-check';
import { idChecker, recordBelongsIssues } from './integrity';
import { CASE_FILE_MESSAGES } from './messages';

type Row = Record<string, unknown>;
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What the history of one case file comes to: its month and one entry per signal.
 *
 * @example
 * ```ts
 * import type { CaseFileHistory } from '@signaalreis/adapters/cases';
 * const pickedUp = (h: CaseFileHistory) => h.entries.filter((e) => e.pickedUp).length;
 * ```
 */
export interface CaseFileHistory {
  month: IsoMonth;
  /** The entries, unless they were handed to `onEntry` one at a time (then empty). */
  entries: HistoryEntry[];
  /** How many signals (entries) the file holds. */
  signals: number;
}

const CASES_LINE = '  "cases": [';
const CASES_END = '  ]';

/**
 * The number of values of a parsed line, or -1 when it holds what the JSON text reader refuses
 * after parsing could hide it: a number out of range (`1e400` is Infinity), nesting deeper than
 * `depth`, or a `__proto__` key. `keys` counts the object keys.
 */
function walk(v: unknown, depth: number, keys: { n: number }): number {
  if (typeof v === 'number') return Number.isFinite(v) ? 1 : -1;
  if (typeof v !== 'object' || v === null) return 1;
  if (depth <= 0) return -1;
  let count = 1;
  if (Array.isArray(v)) {
    for (const x of v) {
      const n = walk(x, depth - 1, keys);
      if (n < 0) return -1;
      count += n;
    }
    return count;
  }
  for (const key in v) {
    if (key === '__proto__') return -1;
    keys.n++;
    const n = walk((v as Row)[key], depth - 1, keys);
    if (n < 0) return -1;
    count += n;
  }
  return count;
}

/** Occurrences of `":` in a line: where a line has no escapes, exactly its object keys. */
function keyMarks(line: string): number {
  let n = 0;
  for (let at = line.indexOf('":'); at >= 0; at = line.indexOf('":', at + 2)) n++;
  return n;
}

/**
 * One case line parsed, with its number of values — or undefined when only the full JSON text
 * reader can tell (escapes, a key twice, a number out of range, too deep). A line without a
 * backslash cannot hide a key in a string, so its `":` are its keys: fewer keys after parsing means
 * a key was there twice (JSON.parse keeps the last, silently).
 */
function quickParse(line: string, depth: number): { value: unknown; values: number } | undefined {
  if (line.includes('\\')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const keys = { n: 0 };
  const values = walk(value, depth, keys);
  return values >= 0 && keys.n === keyMarks(line) ? { value, values } : undefined;
}

/** A problem of the text of line `lineNo` (1-based) of case `i`, from the JSON text reader. */
function lineProblem(line: string, lineNo: number, i: number, limits: JsonLimits): Issue | undefined {
  const parsed = parseJsonText(line, { ...limits, maxDepth: limits.maxDepth - 2 });
  if (parsed.ok) return undefined;
  const [first] = parsed.issues;
  return first ? { ...first, path: ['cases', i, ...first.path], line: lineNo } : undefined;
}

/**
 * Case line `lineNo` (1-based) of case `i` parsed, with its number of values; or the JSON text
 * reader's problem with it (at the case's path, on its line).
 */
function parseLine(
  line: string,
  i: number,
  lineNo: number,
  limits: JsonLimits,
): { value: unknown; values: number } | { problem: Issue } {
  const quick = quickParse(line, limits.maxDepth - 2);
  if (quick) return quick;
  const problem = lineProblem(line, lineNo, i, limits);
  if (problem) return { problem };
  const value: unknown = JSON.parse(line);
  return { value, values: walk(value, Number.POSITIVE_INFINITY, { n: 0 }) };
}

/** The file's own fields (everything but its cases), read and checked as the full reader does. */
function headOf(lines: readonly string[]): Result<{ month: IsoMonth; values: number }> | undefined {
  const head = parseJsonText(`${lines.join('\n')}\n  "cases": []\n}`);
  if (!head.ok || !isRow(head.value) || head.value.format !== CASE_FILE_FORMAT) return undefined;
  const checked = CompactCaseFileSchema.safeParse(head.value);
  if (!checked.success) return fail(issuesFromZod(checked.error));
  return ok({ month: checked.data.month, values: walk(head.value, Number.POSITIVE_INFINITY, { n: 0 }) });
}

/**
 * History for next month's matching from the text of a compact case file (format 3) in the layout
 * `match` and `run` write, read a case at a time: the entries `historyFromCaseFile(readCaseFile(…))`
 * gives, and the same problems (each case checked with `CompactCaseSchema`, a stored record with
 * `CaseRecordSchema`, ids once, the JSON limits), each with its line. `undefined` when the text is
 * not in that layout (edited by hand, or of format 2): read it whole with `readCaseFile` then.
 * `onEntry` takes each entry as it is read instead of a list (e.g. core's `historySieve`): entries of
 * a file that turns out to have a problem, or to leave the layout half-way, may have been handed
 * over already.
 *
 * @example
 * ```ts
 * import { historyFromCaseFileText } from '@signaalreis/adapters/cases';
 * import { readFileSync } from 'node:fs';
 * const r = historyFromCaseFileText(readFileSync('out/2026-09/cases.json', 'utf8'));
 * if (r?.ok) r.value.entries.length; // one per signal of September: October's history
 * ```
 */
export function historyFromCaseFileText(
  text: string,
  limits: Partial<JsonLimits> = {},
  onEntry?: (entry: HistoryEntry) => void,
): Result<CaseFileHistory> | undefined {
  return historyFromCaseFileLines(text.split('\n'), limits, onEntry);
}

/**
 * {@link historyFromCaseFileText} of a text given a line at a time (the text split at `\n`; a file
 * read in pieces, so that not even its text is held whole): the same entries and problems.
 *
 * @example
 * ```ts
 * import { historyFromCaseFileLines } from '@signaalreis/adapters/cases';
 * declare const lines: Iterable<string>; // e.g. the lines of a file, read a megabyte at a time
 * const r = historyFromCaseFileLines(lines);
 * if (r?.ok) r.value.signals; // how many signals the file held
 * ```
 */
export function historyFromCaseFileLines(
  lines: Iterable<string>,
  limits: Partial<JsonLimits> = {},
  onEntry?: (entry: HistoryEntry) => void,
): Result<CaseFileHistory> | undefined {
  const all = { ...JSON_LIMITS, ...limits };
  const layout = splitLayout(lines);
  if (layout === undefined) return undefined;
  const read = headOf(layout.head);
  if (read === undefined || !read.ok) return read;
  const reader = casesReader(read.value.month, all, read.value.values, onEntry);
  return layout.cases(reader.read) ? reader.done() : undefined;
}

/**
 * The compact layout of a case file's lines: its head (from `{` up to the cases line), and its case
 * lines handed one by one, without their comma, to `read` with their index and line number (1-based)
 * by `cases` — which says false when the lines leave the layout. Undefined when the head is not
 * the layout's.
 */
function splitLayout(lines: Iterable<string>) {
  const it = lines[Symbol.iterator]();
  const next = () => {
    const r = it.next();
    return r.done ? undefined : r.value;
  };
  const head: string[] = [];
  for (let line = next(); line !== CASES_LINE; line = next()) {
    if (line === undefined || (head.length === 0 && line !== '{')) return undefined;
    head.push(line);
  }
  const cases = (read: (line: string, i: number, lineNo: number) => void): boolean => {
    const firstLine = head.length + 2;
    let i = 0;
    let pending = next();
    while (pending !== undefined && pending !== CASES_END) {
      const following = next();
      const last = following === CASES_END;
      if (last === pending.endsWith(',')) return false;
      read(last ? pending : pending.slice(0, -1), i, firstLine + i);
      i++;
      pending = following;
    }
    return pending === CASES_END && next() === '}' && next() === '' && next() === undefined;
  };
  return { head, cases };
}

/**
 * The JSON value of a compact case file (format 3) in the layout `match` and `run` write, read a
 * line (a case) at a time — for a file too large to be read whole (a national month with its
 * lifecycle records): the value `JSON.parse` gives for the whole text, with the JSON text
 * reader's limits applied to the head and to each line (nesting, numbers out of range, a key twice,
 * `__proto__`; the count of values summed over the lines up to `maxValues`). Problems come with
 * their case's path and line. The cases are not checked here: read the value with `readCaseFile`
 * (giving it `maxValues` too: the value was counted here). `undefined` when the text is not in
 * that layout.
 *
 * @example
 * ```ts
 * import { caseFileValueFromLines, readCaseFile } from '@signaalreis/adapters/cases';
 * declare const lines: Iterable<string>; // e.g. the lines of a 90 MB file, read a megabyte at a time
 * const limits = { maxValues: Number.MAX_SAFE_INTEGER };
 * const value = caseFileValueFromLines(lines, limits);
 * if (value?.ok) readCaseFile(value.value, limits); // the cases checked, in the full form
 * ```
 */
export function caseFileValueFromLines(
  lines: Iterable<string>,
  limits: Partial<JsonLimits> = {},
): Result<Record<string, unknown>> | undefined {
  const all = { ...JSON_LIMITS, ...limits };
  const layout = splitLayout(lines);
  if (layout === undefined) return undefined;
  const head = parseJsonText(`${layout.head.join('\n')}\n  "cases": []\n}`, all);
  if (!head.ok || !isRow(head.value) || head.value.format !== CASE_FILE_FORMAT) return undefined;
  const cases: unknown[] = [];
  const problems: Issue[] = [];
  let values = walk(head.value, Number.POSITIVE_INFINITY, { n: 0 });
  const whole = layout.cases((line, i, lineNo) => {
    if (values > all.maxValues) return;
    const parsed = parseLine(line, i, lineNo, all);
    if ('problem' in parsed) return void problems.push(parsed.problem);
    const { value } = parsed;
    values += parsed.values;
    if (values > all.maxValues)
      problems.push(issue('json_too_large', ['cases', i], CASE_FILE_MESSAGES.tooManyValues(all.maxValues)));
    cases.push(value);
  });
  if (!whole) return undefined;
  return problems.length > 0 ? fail(problems) : ok({ ...head.value, cases });
}

/**
 * Reads cases one at a time into history entries. Problems as the full reader orders them: of the
 * text, the limits and the shape first (then nothing else is said), else ids and stored records.
 */
function casesReader(
  month: IsoMonth,
  limits: JsonLimits,
  headValues: number,
  onEntry?: (entry: HistoryEntry) => void,
) {
  const shape: Issue[] = [];
  const integrity: Issue[] = [];
  const entries: HistoryEntry[] = [];
  const take = onEntry ?? ((e: HistoryEntry) => void entries.push(e));
  let signals = 0;
  const ids = idChecker();
  let values = headValues;
  let tooMany = false;
  /** Case `i` as its line's JSON value: checked, its entries taken. */
  const value = (v: unknown, i: number) => {
    const c = isCompactCase(v) ? (v as Row) : checked(v, i, shape);
    if (c === undefined) return;
    shape.push(...totalIssues(c, i));
    integrity.push(...ids.check(c, i), ...recordIssues(c, i));
    if (shape.length > 0 || integrity.length > 0) return;
    for (const e of historyOf(c, month)) take(e);
    signals += (c.signals as unknown[]).length;
  };
  const read = (line: string, i: number, lineNo: number) => {
    if (tooMany) return;
    const parsed = parseLine(line, i, lineNo, limits);
    if ('problem' in parsed) return void shape.push(parsed.problem);
    values += parsed.values;
    if (values > limits.maxValues) {
      tooMany = true;
      return void shape.push(
        issue('json_too_large', ['cases', i], CASE_FILE_MESSAGES.tooManyValues(limits.maxValues)),
      );
    }
    value(parsed.value, i);
  };
  const done = (): Result<CaseFileHistory> => {
    if (shape.length > 0) return fail(shape);
    return integrity.length > 0 ? fail(integrity) : ok({ month, entries, signals });
  };
  return { read, value, done };
}

/**
 * {@link historyFromCaseFileLines} of a compact case file about to be written, from its values: the
 * file's own fields (`head`, checked as that reader checks the head of the text `caseFilePieces`
 * writes for them) and each case as the JSON value of its line (plain JSON data: what `JSON.parse`
 * of the line would give) — the same entries and problems, without writing the text and reading it
 * back (`feedback` and `letters` of a national month: ~1.5 s; issue 14). Undefined when the head is
 * not a compact case file's, or a case is a value its text would not hold as it is or within the
 * JSON limits (a number JSON has not, `__proto__`, nested too deep): the text reader judges those.
 *
 * @example
 * ```ts
 * import { historyFromCaseFileValues } from '@signaalreis/adapters/cases';
 * declare const file: { month: string; preset: string; decidedOn: string; cases: unknown[] };
 * const { cases, ...head } = file;
 * const r = historyFromCaseFileValues(head, cases); // as historyFromCaseFileLines of the file's text
 * if (r?.ok) r.value.entries; // next month's history
 * ```
 */
export function historyFromCaseFileValues(
  head: Record<string, unknown>,
  cases: Iterable<unknown>,
): Result<CaseFileHistory> | undefined {
  const [text] = caseFilePieces(head as CaseFileHead, [], (c: unknown) => c);
  const lines = (text ?? '').split('\n');
  if (lines.pop() !== CASES_LINE) return undefined;
  const read = headOf(lines);
  if (read === undefined || !read.ok) return read;
  const reader = casesReader(read.value.month, JSON_LIMITS, read.value.values);
  let i = 0;
  for (const c of cases) {
    // a value its text would not hold as it is, or not within the limits (too deep, a number JSON
    // has not, `__proto__`): judged by the text reader only — none here
    if (walk(c, JSON_LIMITS.maxDepth - 2, { n: 0 }) < 0) return undefined;
    reader.value(c, i++);
  }
  return reader.done();
}

/** A case the quick check did not accept, read by the schema: the case, or its problems pushed. */
function checked(value: unknown, i: number, issues: Issue[]): Row | undefined {
  const parsed = CompactCaseSchema.safeParse(value);
  if (parsed.success) return parsed.data as Row;
  issues.push(...issuesFromZod(parsed.error, ['cases', i]));
  return undefined;
}

/** A stored lifecycle record of the right shape and of its own case (as readCaseFile checks). */
function recordIssues(c: Row, i: number): Issue[] {
  if (c.record === undefined) return [];
  const record = parseCaseRecord(c.record);
  if (!record.success) return issuesFromZod(record.error, ['cases', i, 'record']);
  return recordBelongsIssues(record.data, c, ['cases', i]);
}

/** Signals whose amounts add up past what can be counted (as the full reader refuses). */
function totalIssues(c: Row, i: number): Issue[] {
  if (c.totalAmountCents !== undefined) return [];
  let total = 0;
  for (const s of c.signals as { amountCents: number }[]) total += s.amountCents;
  return Number.isSafeInteger(total)
    ? []
    : prefixIssues([issue('invalid_case', ['signals'], CASE_FILE_MESSAGES.totalTooLarge)], ['cases', i]);
}

/** The history entries of a checked compact case (what historyFromCaseFile gives for it). */
function historyOf(c: Row, month: IsoMonth): HistoryEntry[] {
  const reached = reachedOf(c as Parameters<typeof reachedOf>[0]);
  const householdKey = c.householdKey as HistoryEntry['householdKey'];
  return (c.signals as Row[]).map((s) => {
    const entry = {
      month,
      signalId: s.signalId,
      partnerId: s.partnerId,
      householdKey,
      sector: s.sector,
      kind: s.kind,
      signalDate: s.signalDate,
      arrearSince: s.arrearSince,
      amountCents: s.amountCents,
      naturalPerson: s.naturalPerson ?? true,
      pickedUp: (s.signalStatus ?? c.signalStatus) === 'Opgepakt',
    } as HistoryEntry;
    if (reached !== undefined) entry.reached = reached;
    return entry;
  });
}
