// Runs the examples embedded in a lifecycle table (event sequences → expected status and effects),
// so that a preset carries its own tests.
import { type Issue, issue } from '../model/issue';
import { recordAttempt } from './attempts';
import type { DdasContactKind } from './contact-kinds';
import { applyDue } from './due';
import type { LifecycleEffect } from './effects';
import { partnerFeedback } from './feedback';
import { type CaseRecord, createRecord } from './record';
import type { LifecycleExample, LifecycleTable } from './schema';
import { transition } from './transition';

const SIGNAL = { signalId: 'S1', partnerId: 'P1', sector: 'energy' as const };

function run(table: LifecycleTable, ex: LifecycleExample, i: number): Issue[] {
  const path = (...rest: (string | number)[]) => ['examples', i, ...rest];
  const created = createRecord(
    {
      caseId: `example-${i}`,
      status: ex.start.status ?? table.initial,
      signals: [SIGNAL],
      ...(ex.start.result ? { result: ex.start.result } : {}),
      ...(ex.start.plan ? { plan: ex.start.plan } : {}),
      ...(ex.start.threatening ? { threatening: true } : {}),
    },
    ex.start.at,
  );
  if (!created.ok) return created.issues.map((x) => ({ ...x, path: path('start', ...x.path) }));
  let record: CaseRecord = created.value;
  const effects: LifecycleEffect[] = [];
  const seen: string[] = [];
  ex.steps.forEach((step, j) => {
    let out: { record: CaseRecord; issues: Issue[]; effects?: LifecycleEffect[] } = { record, issues: [] };
    if (step.due) out = applyDue(table, record, step.at);
    else if (step.attempt)
      out = recordAttempt(record, {
        kind: step.attempt.kind as DdasContactKind,
        reached: step.attempt.reached,
        date: step.at.slice(0, 10),
        time: step.attempt.time ?? (step.at.slice(11, 16) || '10:00'),
      });
    else if (step.event)
      out = transition(
        table,
        record,
        {
          type: step.event,
          ...(step.result ? { result: step.result } : {}),
          ...(step.followUp ? { followUp: { kind: step.followUp } } : {}),
          ...(step.reason ? { reason: step.reason } : {}),
        },
        step.at,
      );
    else seen.push('empty_step');
    record = out.record;
    effects.push(...(out.effects ?? []));
    seen.push(...out.issues.map((x) => x.code));
    if (out.issues.length > 0 && ex.expect.issues === undefined)
      seen.push(`(step ${j}: ${out.issues.map((x) => x.message).join('; ')})`);
  });
  const out: Issue[] = [];
  const fail = (what: string, got: unknown, want: unknown) =>
    out.push(
      issue(
        'example_failed',
        path('expect', what),
        `Example "${ex.name}": ${what} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`,
      ),
    );
  if (record.status !== ex.expect.status) fail('status', record.status, ex.expect.status);
  if (ex.expect.result !== undefined && record.result !== ex.expect.result)
    fail('result', record.result, ex.expect.result);
  if (ex.expect.effects !== undefined) {
    const got = effects.map((e) =>
      e.type === 'notify-partner' ? { type: e.type, code: e.code } : { type: e.type },
    );
    if (JSON.stringify(got) !== JSON.stringify(ex.expect.effects)) fail('effects', got, ex.expect.effects);
  }
  const wantIssues = ex.expect.issues ?? [];
  if (JSON.stringify(seen) !== JSON.stringify(wantIssues)) fail('issues', seen, wantIssues);
  if (ex.expect.feedback !== undefined) {
    const fb = partnerFeedback(record, table.feedback);
    const code = fb.ok ? fb.value[0]?.code : fb.issues.map((x) => x.code).join(',');
    if (code !== ex.expect.feedback) fail('feedback', code, ex.expect.feedback);
  }
  return out;
}

/**
 * Runs the examples embedded in a lifecycle table: each starts a record (one signal of partner
 * `P1`), applies its steps (events, contact attempts, or `due: true` to apply every due timer) and
 * compares status, result, effects (type and code, in order), issue codes and partner feedback
 * with `expect`. Returns one `example_failed` issue per mismatch; empty when all pass.
 *
 * @example
 * ```ts
 * import { runLifecycleExamples, type LifecycleTable } from '@signaalreis/core';
 * declare const table: LifecycleTable;
 * runLifecycleExamples(table); // [] when every embedded example passes
 * ```
 */
export function runLifecycleExamples(table: LifecycleTable): Issue[] {
  return (table.examples ?? []).flatMap((ex, i) => run(table, ex, i));
}
