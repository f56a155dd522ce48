// Runs the examples embedded in a lifecycle table (event sequences → expected status and effects),
// so that a preset carries its own tests.
import { asCaseId, asPartnerId, asSignalId } from '../model/ids';
import { fail, type Issue, issue, ok, prefixIssues, type Result } from '../model/issue';
import { recordAttempt } from './attempts';
import { applyDue } from './due';
import type { LifecycleEffect } from './effects';
import { partnerFeedback } from './feedback';
import { MESSAGES } from './messages';
import { type CaseRecord, createRecord } from './record';
import type { LifecycleExample, LifecycleTable } from './schema';
import { dayOf } from './time';
import { transition } from './transition';

const SIGNAL = { signalId: asSignalId('S1'), partnerId: asPartnerId('P1'), sector: 'energy' as const };

type Step = LifecycleExample['steps'][number];
type Outcome = Result<{ record: CaseRecord; effects?: LifecycleEffect[] }>;

/** One step of an example: an event, a contact attempt, or every due timer. */
function play(record: CaseRecord, step: Step, table: LifecycleTable): Outcome | undefined {
  if (step.due) return applyDue(record, table, step.at);
  if (step.attempt) {
    const attempt = {
      kind: step.attempt.kind,
      reached: step.attempt.reached,
      date: dayOf(step.at),
      time: step.attempt.time ?? (step.at.slice(11, 16) || '10:00'),
    };
    const r = recordAttempt(record, attempt, table, step.at);
    return r.ok ? ok({ record: r.value }) : r;
  }
  if (step.event) {
    const event = {
      type: step.event,
      ...(step.result ? { result: step.result } : {}),
      ...(step.followUp ? { followUp: { kind: step.followUp } } : {}),
      ...(step.reason ? { reason: step.reason } : {}),
    };
    return transition(record, event, table, step.at);
  }
  return undefined;
}

function run(ex: LifecycleExample, i: number, table: LifecycleTable): Issue[] {
  const path = (...rest: (string | number)[]) => ['examples', i, ...rest];
  const created = createRecord(
    {
      caseId: asCaseId(`2026-10-${String(i + 1).padStart(4, '0')}`),
      status: ex.start.status ?? table.initial,
      signals: [SIGNAL],
      ...(ex.start.result ? { result: ex.start.result } : {}),
      ...(ex.start.plan ? { plan: ex.start.plan } : {}),
      ...(ex.start.threatening ? { threatening: true } : {}),
    },
    ex.start.at,
  );
  if (!created.ok) return prefixIssues(created.issues, path('start'));
  let record: CaseRecord = created.value;
  const effects: LifecycleEffect[] = [];
  const seen: string[] = [];
  /** The issues of the steps, shown when issues were not expected. */
  const notes: { nl: string[]; en: string[] } = { nl: [], en: [] };
  ex.steps.forEach((step, j) => {
    const out = play(record, step, table);
    if (out === undefined) seen.push('empty_step');
    else if (out.ok) {
      record = out.value.record;
      effects.push(...(out.value.effects ?? []));
    } else {
      seen.push(...out.issues.map((x) => x.code));
      notes.nl.push(`(stap ${j}: ${out.issues.map((x) => x.message.nl).join('; ')})`);
      notes.en.push(`(step ${j}: ${out.issues.map((x) => x.message.en).join('; ')})`);
    }
  });
  const out: Issue[] = [];
  const mismatch = (what: string, got: unknown, want: unknown, extra = { nl: '', en: '' }) => {
    const m = MESSAGES.exampleFailed(ex.name, what, JSON.stringify(got), JSON.stringify(want));
    out.push(issue('example_failed', path('expect', what), { nl: m.nl + extra.nl, en: m.en + extra.en }));
  };
  if (record.status !== ex.expect.status) mismatch('status', record.status, ex.expect.status);
  if (ex.expect.result !== undefined && record.result !== ex.expect.result)
    mismatch('result', record.result, ex.expect.result);
  if (ex.expect.effects !== undefined) {
    const got = effects.map((e) =>
      e.type === 'notify-partner' ? { type: e.type, code: e.code } : { type: e.type },
    );
    if (JSON.stringify(got) !== JSON.stringify(ex.expect.effects))
      mismatch('effects', got, ex.expect.effects);
  }
  const wantIssues = ex.expect.issues ?? [];
  if (JSON.stringify(seen) !== JSON.stringify(wantIssues)) {
    const explain = ex.expect.issues === undefined && notes.en.length > 0;
    mismatch('issues', seen, wantIssues, {
      nl: explain ? ` ${notes.nl.join(' ')}` : '',
      en: explain ? ` ${notes.en.join(' ')}` : '',
    });
  }
  if (ex.expect.feedback !== undefined) {
    const fb = partnerFeedback(record, table.feedback);
    const code = fb.ok ? fb.value[0]?.code : fb.issues.map((x) => x.code).join(',');
    if (code !== ex.expect.feedback) mismatch('feedback', code, ex.expect.feedback);
  }
  return out;
}

/**
 * Runs the examples embedded in a lifecycle table: each starts a record (one signal of partner
 * `P1`), applies its steps (events, contact attempts, or `due: true` to apply every due timer) and
 * compares status, result, effects (type and code, in order), issue codes and partner feedback
 * with `expect`. The value is the number of examples that ran, all passing; otherwise one
 * `example_failed` issue per mismatch (path `['examples', i, 'expect', what]`).
 *
 * @example
 * ```ts
 * import { runLifecycleExamples, type LifecycleTable } from '@signaalreis/core';
 * declare const table: LifecycleTable;
 * const r = runLifecycleExamples(table);
 * if (r.ok) r.value; // e.g. 8: a table without examples gives 0, which a preset's test should refuse
 * ```
 */
export function runLifecycleExamples(table: LifecycleTable): Result<number> {
  const examples = table.examples ?? [];
  const issues = examples.flatMap((ex, i) => run(ex, i, table));
  return issues.length > 0 ? fail(issues) : ok(examples.length);
}
