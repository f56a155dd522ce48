// `signaalreis feedback`: the lifecycle at a date for a month's cases — the timer actions due, and
// one feedback CSV per partner with only what that partner may see.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  applyDue,
  type CaseRecord,
  type DueEvent,
  deliveryDay,
  due,
  type Issue,
  isIsoDate,
  type PartnerFeedback,
  partnerFeedback,
} from '@signaalreis/core';
import { isLifecyclePresetId, lifecyclePreset } from '@signaalreis/rules-presets';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { isObject, readCases, recordOf } from './feedback-cases';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';

/**
 * Options of `signaalreis feedback`.
 *
 * @example
 * ```ts
 * import type { FeedbackOptions } from '@signaalreis/adapters';
 * const options: FeedbackOptions = { at: '2026-11-23', out: 'feedback', lifecycle: 'ddas' };
 * ```
 */
export interface FeedbackOptions {
  /** The date to evaluate the timers on (YYYY-MM-DD). */
  at: string;
  /** Directory for the per-partner CSV files (default: the working directory). */
  out?: string;
  /** Lifecycle preset id; default: the file's `preset` when it names one, else `ddas`. */
  lifecycle?: string;
}

function parseAt(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('Expected a real date written YYYY-MM-DD.');
  return value;
}

const safeName = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');

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
  return stringify(records, { header: true, columns });
}

/**
 * Runs `signaalreis feedback <cases.json> --at <date>`: builds or reads each case's lifecycle record,
 * lists the timer actions due on the date, applies them, and writes `feedback-<partner>.csv` per
 * partner into `--out`. Returns 0, or 1 when cases could not be processed (they are listed).
 *
 * @example
 * ```ts
 * import { runFeedback } from '@signaalreis/adapters';
 * let out = '';
 * const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd: process.cwd() };
 * await runFeedback(io, 'cases-2026-10.json', { at: '2026-11-23', out: 'feedback' });
 * ```
 */
export async function runFeedback(io: CliIo, file: string, options: FeedbackOptions): Promise<number> {
  const json = readCases(io, file);
  const month = String(json.month);
  const id =
    options.lifecycle ??
    (typeof json.preset === 'string' && isLifecyclePresetId(json.preset) ? json.preset : 'ddas');
  const table = lifecyclePreset(id);
  if (!table.ok) throw new CliUserError(table.issues.map((x) => x.message).join('; '));
  const start = deliveryDay(month);
  if (options.at < start)
    throw new CliUserError(`--at ${options.at} is before the delivery day ${start} of ${month}`);
  const problems: Issue[] = [];
  const records: CaseRecord[] = [];
  (json.cases as unknown[]).forEach((c, i) => {
    const { record, issues } = recordOf(table.value, c, i, start);
    problems.push(...issues);
    if (record) records.push(record);
  });
  const actions: DueEvent[] = due(table.value, records, options.at).events;
  const byPartner = new Map<string, { f: PartnerFeedback; at: string }[]>();
  const updated = new Map<string, CaseRecord>();
  for (const record of records) {
    const applied = applyDue(table.value, record, options.at);
    updated.set(record.caseId, applied.record);
    problems.push(...applied.issues.map((x) => ({ ...x, message: `${record.caseId}: ${x.message}` })));
    const fb = partnerFeedback(applied.record, table.value.feedback);
    if (!fb.ok) problems.push(...fb.issues.map((x) => ({ ...x, message: `${record.caseId}: ${x.message}` })));
    else
      for (const f of fb.value)
        byPartner.set(f.partnerId, [...(byPartner.get(f.partnerId) ?? []), { f, at: options.at }]);
  }
  const lines = [
    `Lifecycle ${table.value.id}, month ${month} (delivered ${start}), at ${options.at}: ${records.length} case(s).`,
  ];
  const perEvent = new Map<string, number>();
  for (const a of actions) perEvent.set(a.event, (perEvent.get(a.event) ?? 0) + 1);
  const counts = [...perEvent].map(([e, n]) => `${e} ${n}`).join(', ');
  lines.push(`Actions due: ${actions.length}${counts ? ` (${counts})` : ''}; listed in actions-due.csv`);
  for (const a of actions.slice(0, 10)) lines.push(`  ${a.caseId}  ${a.event}  (${a.timer} since ${a.at})`);
  if (actions.length > 10) lines.push(`  … and ${actions.length - 10} more`);
  const dir = resolve(io.cwd, options.out ?? '.');
  try {
    mkdirSync(dir, { recursive: true });
    const dueRows = actions.map((a) => ({ case_id: a.caseId, event: a.event, timer: a.timer, since: a.at }));
    writeFileSync(
      join(dir, 'actions-due.csv'),
      stringify(dueRows, { header: true, columns: ['case_id', 'event', 'timer', 'since'] }),
    );
    const cases = (json.cases as unknown[]).map((c) => {
      const id = isObject(c) ? c.caseId : undefined;
      const record = typeof id === 'string' ? updated.get(id) : undefined;
      return record && isObject(c) ? { ...c, record } : c;
    });
    writeFileSync(join(dir, 'cases.json'), `${JSON.stringify({ ...json, cases }, null, 2)}\n`);
    lines.push(
      `Records with the timers applied → ${join(options.out ?? '.', 'cases.json')} (give it as <cases> next time)`,
    );
    for (const [partnerId, rows] of [...byPartner].sort(([a], [b]) => a.localeCompare(b))) {
      const name = `feedback-${safeName(partnerId)}.csv`;
      writeFileSync(join(dir, name), feedbackCsv(rows));
      lines.push(
        `Feedback for ${partnerId}: ${rows.reduce((n, r) => n + r.f.signalIds.length, 0)} signal(s) → ${name}`,
      );
    }
  } catch (error) {
    throw new CliUserError(
      `cannot write to ${options.out ?? '.'}: ${error instanceof Error ? error.message : 'error'}`,
    );
  }
  if (byPartner.size === 0) lines.push('No feedback due yet.');
  io.stdout.write(`${lines.join('\n')}\n`);
  for (const p of problems) io.stderr.write(`signaalreis: ${p.path.join('.')}: ${p.message}\n`);
  return problems.length > 0 ? EXIT_CODES.dataProblems : EXIT_CODES.ok;
}

/**
 * Registers `signaalreis feedback <cases.json> --at YYYY-MM-DD [--out <dir>] [--lifecycle <id>]`
 * on the program.
 *
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import { registerFeedback } from '@signaalreis/adapters';
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
 * registerFeedback(new Command('signaalreis'), io);
 * ```
 */
export function registerFeedback(program: Command, io: CliIo): void {
  program
    .command('feedback')
    .description('List the lifecycle actions due at a date and write one feedback CSV per partner.')
    .argument('<cases>', 'cases JSON of a monthly run (records are created at the delivery day when missing)')
    .addOption(
      new Option('--at <date>', 'the date to evaluate (YYYY-MM-DD)').argParser(parseAt).makeOptionMandatory(),
    )
    .option('--out <dir>', 'directory for the feedback CSV files (default: the working directory)')
    .addOption(new Option('--lifecycle <id>', "lifecycle preset (default: the file's preset, else ddas)"))
    .action(async (file: string, options: FeedbackOptions) => {
      const code = await runFeedback(io, file, options);
      if (code !== EXIT_CODES.ok) throw new CliExit(code);
    });
}
