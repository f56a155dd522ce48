import { fail, issue, ok, type Result } from '../model/issue';
import { RULE_MESSAGES as M } from './messages';
import type { ResolvedTable } from './resolved-types';
import type { Decision, RuleTrace } from './trace-types';

// Hit policies depend on priority and table order only — never on the order in which an engine
// happened to evaluate rules. Both evaluators share these functions.

/** Rule indexes sorted by priority (high first), then table order. */
export function policyOrder(rules: readonly { index: number; priority: number }[]): number[] {
  return [...rules].sort((a, b) => b.priority - a.priority || a.index - b.index).map((r) => r.index);
}

/**
 * Given which rules matched (by table index), the selected rule indexes in hit-policy order, or
 * the `unique_violation` issue naming every matching rule.
 */
export function selectRules(table: ResolvedTable<unknown>, matched: readonly boolean[]): Result<number[]> {
  const hits: number[] = [];
  for (const index of table.order) {
    if (!matched[index]) continue;
    hits.push(index);
    if (table.hitPolicy === 'first') break;
  }
  if (table.hitPolicy === 'unique' && hits.length > 1) {
    const ids = hits.map((i) => table.rules[i]?.id ?? String(i));
    return fail(issue('unique_violation', ['rules', hits[1] ?? 0], M.uniqueViolation(ids, table.id)));
  }
  return ok(hits);
}

/** Assembles a Decision from rule traces given in hit-policy order. */
export function buildDecision<T>(table: ResolvedTable<T>, traces: RuleTrace[]): Result<Decision<T>> {
  const matched: boolean[] = [];
  for (const t of traces) matched[t.index] = t.matched;
  const selection = selectRules(table, matched);
  if (!selection.ok) return selection;
  const chosen = new Set(selection.value);
  for (const t of traces) t.selected = chosen.has(t.index);
  return {
    ok: true,
    value: {
      table: table.id,
      tableLabel: table.label,
      asOf: table.asOf,
      hitPolicy: table.hitPolicy,
      outcomes: selection.value.map((i) => (table.rules[i] as { then: T }).then),
      selected: selection.value.map((i) => (table.rules[i] as { id: string }).id),
      rules: traces,
    },
  };
}
