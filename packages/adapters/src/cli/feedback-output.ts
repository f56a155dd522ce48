// What `signaalreis feedback` writes: actions-due.csv, cases.json with the records after the timers,
// and one feedback-<partner>.csv per partner — file names from safeFileStem, so that no two partners
// share a file — into out/<month>-feedback-<at> unless --out says otherwise.
import { join } from 'node:path';
import type { CaseRecord, DueEvent, PartnerFeedback } from '@signaalreis/core';
import { csvTable } from '../output/csv-writer';
import { feedbackFileName } from '../output/file-names';

type Row = Record<string, unknown>;
const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The folder `signaalreis feedback` writes to without `--out`: never the folder of its input. */
export const defaultFeedbackOut = (month: string, at: string): string =>
  join('out', `${month}-feedback-${at}`);

/** The per-partner CSV text: only that partner's signals, code, labels and source. */
function feedbackCsv(rows: { f: PartnerFeedback; at: string }[]): string {
  const records = rows.flatMap(({ f, at }) =>
    f.signalIds.map((signalId) => ({
      partner_id: f.partnerId,
      signal_id: signalId,
      code: f.code,
      label_nl: f.label.nl,
      label_en: f.label.en,
      feedback_date: at,
      source: f.source,
    })),
  );
  const columns = ['partner_id', 'signal_id', 'code', 'label_nl', 'label_en', 'feedback_date', 'source'];
  return csvTable(records, { columns });
}

/** The files of a feedback run and the lines that say what is in them. */
export function feedbackFiles(
  json: Row,
  updated: Map<string, CaseRecord>,
  actions: readonly DueEvent[],
  byPartner: Map<string, { f: PartnerFeedback; at: string }[]>,
  out: string,
): { files: Map<string, string>; lines: string[] } {
  const files = new Map<string, string>();
  const dueRows = actions.map((a) => ({ case_id: a.caseId, event: a.event, timer: a.timer, since: a.at }));
  files.set('actions-due.csv', csvTable(dueRows, { columns: ['case_id', 'event', 'timer', 'since'] }));
  const cases = (json.cases as unknown[]).map((c) => {
    const id = isObject(c) ? c.caseId : undefined;
    const record = typeof id === 'string' ? updated.get(id) : undefined;
    return record && isObject(c) ? { ...c, record } : c;
  });
  files.set('cases.json', `${JSON.stringify({ ...json, cases }, null, 2)}\n`);
  const lines = [
    `Records with the timers applied → ${join(out, 'cases.json')} (give it as <cases> next time)`,
  ];
  for (const [partnerId, rows] of [...byPartner].sort(([a], [b]) => a.localeCompare(b))) {
    const name = feedbackFileName(partnerId);
    files.set(name, feedbackCsv(rows));
    lines.push(
      `Feedback for ${partnerId}: ${rows.reduce((n, r) => n + r.f.signalIds.length, 0)} signal(s) → ${name}`,
    );
  }
  return { files, lines };
}
