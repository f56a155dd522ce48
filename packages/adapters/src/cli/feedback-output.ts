// What `signaalreis feedback` writes: actions-due.csv, cases.json with the records after the timers
// (and its history index, history.json, so that next month's run reads the records' `reached` fast),
// and one feedback-<partner>.csv per partner (with --xlsx also .xlsx workbooks of the same rows) — file names from safeFileStem, so that no two partners
// share a file — into out/<month>-feedback-<at> unless --out says otherwise.
import { join } from 'node:path';
import {
  type CaseRecord,
  citeSource,
  type DueEvent,
  type Lang,
  type LifecycleTable,
  type PartnerFeedback,
  TIMER_LABELS,
} from '@signaalreis/core';
import { CASE_FILE_FORMAT, historyFromCaseFile, readCaseFile } from '../cases/case-file';
import { compactCase, type FullCase } from '../cases/case-file-compact';
import { historyFromCaseFileValues } from '../cases/case-file-lines';
import { type CaseFileHead, caseFilePieces } from '../cases/case-file-text';
import { HISTORY_INDEX_FILE, historyIndexOfEntries } from '../cases/history-index';
import { JSON_FILE_LIMITS } from '../files/read-json-file';
import type { OutputData } from '../output/atomic-file';
import { type CsvDialect, csvTable, type OutputTable } from '../output/csv-writer';
import { feedbackFileName } from '../output/file-names';
import { xlsxWorkbook } from '../output/xlsx-writer';
import { labelOrId, listedLabel } from '../report/messages';
import { csvHeaders, TABLE_WORDS, xlsxHeaders } from './messages/columns';
import { FEEDBACK_MESSAGES } from './messages/feedback';

type Row = Record<string, unknown>;
const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The folder `signaalreis feedback` writes to without `--out`: never the folder of its input. */
export const defaultFeedbackOut = (month: string, at: string): string =>
  join('out', `${month}-feedback-${at}`);

/** How the files are written: the CSV dialect, and whether Excel workbooks are written beside them. */
export interface FeedbackFormat {
  dialect: CsvDialect;
  xlsx: boolean;
  /** The language of the headers and lines (default Dutch). */
  lang?: Lang;
  /**
   * A case file of the full format written in the compact one, a case a line as `run` writes it
   * (`feedback --store`: the store's month is no file to write back as it was read, and a national
   * month's full form — 295 MiB — was past what any command reads back).
   */
  compact?: boolean;
  /**
   * The lifecycle's events, to name each action due by its label in `lang` in `actions-due.csv`
   * (and its timer by core's `TIMER_LABELS`); without it, by their ids.
   */
  events?: LifecycleTable['events'];
}

/**
 * What an officer reads of an action due: the event by its label in the lifecycle table and the
 * timer by its label; an event the table does not name, or no table, by the ids.
 */
export function dueActionText(
  a: Pick<DueEvent, 'event' | 'timer'>,
  lang: Lang,
  events?: LifecycleTable['events'],
): { event: string; timer: string } {
  if (!events) return { event: a.event, timer: a.timer };
  return { event: listedLabel(events, a.event, lang), timer: labelOrId(TIMER_LABELS, a.timer, lang) };
}

const FEEDBACK_COLUMNS = [
  'partner_id',
  'signal_id',
  'code',
  'label_nl',
  'label_en',
  'feedback_date',
  'source',
];
const DUE_COLUMNS = ['case_id', 'event', 'timer', 'since'];

/**
 * The history index of a case file of the full format about to be written (`letters` writes one):
 * its entries as a run reads such a file — whole, `readCaseFile` then `historyFromCaseFile` —
 * and none when that reader would refuse it (too large to be read whole, or not a case file).
 */
function wholeHistoryIndex(text: string): OutputData | undefined {
  // a text of more characters than the limit has more bytes too (a character is one to three bytes,
  // a pair of surrogates four): counted only when it could be within (a national month's text
  // held the command 2.9 s)
  const limit = JSON_FILE_LIMITS.caseFile;
  if (text.length > limit || Buffer.byteLength(text, 'utf8') > limit) return undefined;
  const read = readCaseFile(JSON.parse(text));
  if (!read.ok) return undefined;
  const entries = historyFromCaseFile(read.value);
  return () => historyIndexOfEntries(read.value.month, entries);
}

/**
 * The history index of a compact case file about to be written (`history.json` beside it): its
 * entries as the reader a run uses for a case file without an index gives them for the text about
 * to be written (`historyFromCaseFileValues`: that reader's checks and entries, on the values the
 * text is written from — plain JSON data, the file read and the records core made — without writing
 * the text twice and parsing it back: ~1.5 s of a national month; issue 14), `reached` from the
 * lifecycle records the file now holds. Undefined when the reader does not take them (the case
 * file then stands alone).
 */
function historyIndexOf(head: Row, cases: readonly unknown[]): OutputData | undefined {
  const read = historyFromCaseFileValues(head, cases);
  if (!read?.ok) return undefined;
  const { month, entries } = read.value;
  return () => historyIndexOfEntries(month, entries);
}

/** The per-partner table: only that partner's signals, code, labels and source. */
function feedbackTable(rows: { f: PartnerFeedback; at: string }[], lang: Lang): OutputTable {
  // each citation of the source (`key (note)`, `|` between) in the file's language, as the
  // worklists cite theirs
  const cited = new Map<string, string>();
  const cite = (source: string) => {
    let text = cited.get(source);
    if (text === undefined) {
      text = source
        .split(' | ')
        .map((c) => citeSource(c, lang))
        .join(' | ');
      cited.set(source, text);
    }
    return text;
  };
  const records = rows.flatMap(({ f, at }) =>
    f.signalIds.map((signalId) => ({
      partner_id: f.partnerId,
      signal_id: signalId,
      code: f.code,
      label_nl: f.label.nl,
      label_en: f.label.en,
      feedback_date: at,
      source: cite(f.source),
    })),
  );
  return { columns: FEEDBACK_COLUMNS, rows: records };
}

/**
 * The files of a feedback run and the lines that say what is in them; with `format.xlsx` also
 * `actions-due.xlsx` and one `feedback-<partner>.xlsx` beside each partner's CSV (the same rows).
 */
export async function feedbackFiles(
  json: Row,
  updated: Map<string, CaseRecord>,
  actions: readonly DueEvent[],
  byPartner: Map<string, { f: PartnerFeedback; at: string }[]>,
  out: string,
  format: FeedbackFormat = { dialect: 'rfc4180', xlsx: false },
): Promise<{ files: Map<string, OutputData>; lines: string[] }> {
  const files = new Map<string, OutputData>();
  const lang = format.lang ?? 'nl';
  const headers = csvHeaders(lang);
  const csv = (t: OutputTable) =>
    csvTable(t.rows, { ...t, dialect: format.dialect, ...(headers ? { headers } : {}) });
  const sheet = (name: string, t: OutputTable) => ({ name, ...t, headers: xlsxHeaders(lang) });
  const due: OutputTable = {
    columns: DUE_COLUMNS,
    rows: actions.map((a) => ({ case_id: a.caseId, ...dueActionText(a, lang, format.events), since: a.at })),
  };
  files.set('actions-due.csv', csv(due));
  if (format.xlsx)
    files.set('actions-due.xlsx', await xlsxWorkbook([sheet(TABLE_WORDS.actionsSheet[lang], due)]));
  const cases = (json.cases as unknown[]).map((c) => {
    const id = isObject(c) ? c.caseId : undefined;
    const record = typeof id === 'string' ? updated.get(id) : undefined;
    return record && isObject(c) ? { ...c, record } : c;
  });
  // a compact file is written back a case a line, as `run` wrote it (a full one so with
  // `format.compact`, its cases made compact); the full format as it was
  const { cases: _cases, ...read } = json;
  if (json.format === CASE_FILE_FORMAT || format.compact) {
    const wasCompact = json.format === CASE_FILE_FORMAT;
    const head = wasCompact ? read : { ...read, format: CASE_FILE_FORMAT };
    const perLine = wasCompact ? cases : (cases as FullCase[]).map((c) => compactCase(c));
    files.set('cases.json', () => caseFilePieces(head as CaseFileHead, perLine, (c) => c));
    const index = historyIndexOf(head, perLine);
    if (index) files.set(HISTORY_INDEX_FILE, index);
  } else {
    const text = `${JSON.stringify({ ...json, cases }, null, 2)}\n`;
    files.set('cases.json', text);
    const index = wholeHistoryIndex(text);
    if (index) files.set(HISTORY_INDEX_FILE, index);
  }
  const lines = [FEEDBACK_MESSAGES.records(join(out, 'cases.json'))[lang]];
  for (const [partnerId, rows] of [...byPartner].sort(([a], [b]) => a.localeCompare(b))) {
    const name = feedbackFileName(partnerId);
    const table = feedbackTable(rows, lang);
    files.set(name, csv(table));
    const excel = feedbackFileName(partnerId, 'xlsx');
    if (format.xlsx) files.set(excel, await xlsxWorkbook([sheet(TABLE_WORDS.feedbackSheet[lang], table)]));
    const signals = rows.reduce((n, r) => n + r.f.signalIds.length, 0);
    lines.push(FEEDBACK_MESSAGES.partner(partnerId, signals, name, format.xlsx ? excel : undefined)[lang]);
  }
  return { files, lines };
}
