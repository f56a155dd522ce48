// applyDue as it was before the thirty-first round (issue 14), kept as the property test's oracle:
// every step through the public `due` and `transition`, each of which checks the record again.
import { fail, ok, type Result } from '../model/issue';
import { issuesFromZod } from '../model/zod-issues';
import { due } from './due';
import type { LifecycleEffect } from './effects';
import { type CaseRecord, CaseRecordSchema } from './record';
import type { LifecycleTable } from './schema';
import type { LifecycleTime } from './time';
import { transition } from './transition';
import { TIMERS } from './vocabulary';

/** The old applyDue, step for step. */
export function applyDueOld(
  record: CaseRecord,
  table: LifecycleTable,
  on: LifecycleTime,
): Result<{ record: CaseRecord; effects: LifecycleEffect[] }> {
  const parsed = CaseRecordSchema.safeParse(record);
  if (!parsed.success) return fail(issuesFromZod(parsed.error, ['record']));
  let current = record;
  const effects: LifecycleEffect[] = [];
  for (let step = 0; step <= TIMERS.length * 2; step++) {
    const found = due([current], table, on);
    if (!found.ok) return found;
    const [first] = found.value;
    if (first === undefined) break;
    const out = transition(current, first.event, table, on);
    if (!out.ok) return out;
    current = out.value.record;
    effects.push(...out.value.effects);
  }
  return ok({ record: current, effects });
}
