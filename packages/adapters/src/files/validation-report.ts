// The row-level report of a signal file — what `signaalreis validate --format json` prints and what
// the service answers a delivery with: counts, every rejected row with its line and codes, flags and
// header warnings. No file system, no command line: shared by both (issue 12).
import { createSignalSummary, type Issue, type Lang, type SignalSummary } from '@signaalreis/core';
import { csvIssuePlace } from '../csv/issues';
import type { SignalImportEvent } from '../csv/read-signals';
import type { XlsxSignalImportEvent } from '../xlsx/read-signals-xlsx';

/** An event of either signal reader (CSV or Excel). */
type SignalFileEvent = SignalImportEvent | XlsxSignalImportEvent;

const issueText = (lang: Lang, issue: Pick<Issue, 'message'>): string => issue.message[lang];

/**
 * A problem in the `validate` report (a flag on an accepted row, a warning about the header): where
 * (data row, 0 for the header or the file; physical line; column as written in the file, or `null`)
 * and what (code, message in the command line's language). Made from the reader's issue.
 */
export interface ReportedProblem {
  row: number;
  line: number;
  column: string | null;
  code: string;
  message: string;
}

/** A reader's issue as a {@link ReportedProblem}: row and column from its path, the message in `lang`. */
export function reportedProblem(issue: Issue, lang: Lang): ReportedProblem {
  const { row, column } = csvIssuePlace(issue);
  return { row, line: issue.line ?? 0, column, code: issue.code, message: issueText(lang, issue) };
}

/**
 * A rejected row in the `validate` report: its first problem, and any further ones in `also`.
 */
export interface RejectedRow {
  row: number;
  line: number;
  column: string | null;
  code: string;
  message: string;
  also?: { column: string | null; code: string; message: string }[];
}

/**
 * Count of a problem code and the first few row numbers where it occurred.
 */
export interface CodeCount {
  code: string;
  count: number;
  firstRows: number[];
}

/**
 * What `signaalreis validate --format json` prints: one object; `rows === accepted + rejected.length`.
 */
export interface ValidationReport
  extends Pick<
    SignalSummary,
    'households' | 'multiPartnerHouseholds' | 'bySector' | 'byKind' | 'byPartner' | 'totalAmountCents'
  > {
  file: string;
  /** The CSV file's encoding and delimiter (`null` for an Excel workbook). */
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: ',' | ';' | null;
  /** The sheet that was read, for an Excel workbook (absent for CSV). */
  sheet?: string;
  rows: number;
  accepted: number;
  /** One entry per rejected row (empty in text mode, where only counts are kept). */
  rejected: RejectedRow[];
  /** Rejected rows per problem code; a row with several problems counts under each of its codes. */
  rejectedByCode: Record<string, number>;
  /** Flags on accepted rows (e.g. `legal_person`), one entry per flag. */
  flags: ReportedProblem[];
  flagsByCode: Record<string, number>;
  /** File-level warnings, e.g. `unknown_column`. */
  warnings: ReportedProblem[];
}

/** The tally of a running validation; text output needs `rejectedCodes` and `flagCodes`. */
export interface ValidationTally {
  onEvent(event: Exclude<SignalFileEvent, { type: 'fatal' }>): void;
  /** Rows seen so far (accepted + rejected). */
  readonly rows: number;
  report(file: string): ValidationReport;
  rejectedCodes(): CodeCount[];
  flagCodes(): CodeCount[];
}

const FIRST_ROWS = 5;

function codeCounter() {
  const counts = new Map<string, CodeCount>();
  return {
    add(code: string, row: number) {
      const c = counts.get(code) ?? { code, count: 0, firstRows: [] };
      c.count += 1;
      if (c.firstRows.length < FIRST_ROWS) c.firstRows.push(row);
      counts.set(code, c);
    },
    list: (): CodeCount[] =>
      [...counts.values()]
        .map((c) => ({ ...c, firstRows: [...c.firstRows] }))
        .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1)),
    record: (): Record<string, number> =>
      Object.fromEntries([...counts.values()].map((c) => [c.code, c.count])),
  };
}

/**
 * Folds the reader's events into counts. With `keepRows` (JSON output) every rejected row and flag
 * is kept; otherwise only counts and the first row numbers per code, so memory stays small.
 * Messages are kept in `lang`.
 */
export function createValidationTally(keepRows: boolean, lang: Lang): ValidationTally {
  const summary = createSignalSummary();
  const rejectedCodes = codeCounter();
  const flagCodes = codeCounter();
  const rejected: RejectedRow[] = [];
  const flags: ReportedProblem[] = [];
  let header: Extract<SignalFileEvent, { type: 'header' }> | null = null;
  let accepted = 0;
  let rejectedCount = 0;
  return {
    get rows() {
      return accepted + rejectedCount;
    },
    onEvent(event) {
      if (event.type === 'header') {
        header = event;
      } else if (event.type === 'accepted') {
        accepted += 1;
        summary.add(event.signal);
        for (const flag of event.flags) {
          flagCodes.add(flag.code, event.row);
          if (keepRows) flags.push(reportedProblem(flag, lang));
        }
      } else {
        rejectedCount += 1;
        for (const code of new Set(event.issues.map((p) => p.code))) rejectedCodes.add(code, event.row);
        if (keepRows) rejected.push(toRejectedRow(event, lang));
      }
    },
    report(file) {
      const s = summary.result();
      return {
        file,
        encoding: header && 'encoding' in header ? header.encoding : null,
        delimiter: header && 'delimiter' in header ? header.delimiter : null,
        ...(header && 'sheet' in header ? { sheet: header.sheet } : {}),
        rows: accepted + rejectedCount,
        accepted,
        rejected: [...rejected],
        rejectedByCode: rejectedCodes.record(),
        flags: [...flags],
        flagsByCode: flagCodes.record(),
        warnings: (header?.warnings ?? []).map((w) => reportedProblem(w, lang)),
        households: s.households,
        multiPartnerHouseholds: s.multiPartnerHouseholds,
        bySector: s.bySector,
        byKind: s.byKind,
        byPartner: s.byPartner,
        totalAmountCents: s.totalAmountCents,
      };
    },
    rejectedCodes: rejectedCodes.list,
    flagCodes: flagCodes.list,
  };
}

function toRejectedRow(event: Extract<SignalFileEvent, { type: 'rejected' }>, lang: Lang): RejectedRow {
  const [first, ...rest] = event.issues;
  const entry: RejectedRow = {
    row: event.row,
    line: event.line,
    column: first ? csvIssuePlace(first).column : null,
    code: first?.code ?? 'rejected',
    message: first ? issueText(lang, first) : 'Row rejected',
  };
  if (rest.length > 0)
    entry.also = rest.map((p) => ({
      column: csvIssuePlace(p).column,
      code: p.code,
      message: issueText(lang, p),
    }));
  return entry;
}
