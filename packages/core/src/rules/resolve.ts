// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style); outcomes are data, never functions
import { type IsoDate, isIsoDate } from '../model/iso-date';
import { type Issue, issue, type Result } from '../model/issue';
import { checkTable } from './check-table';
import { lookupSlot } from './fact-path';
import { policyOrder } from './hit-policy';
import { operatorOf, type RuleOperator } from './operators';
import type { ParamUse, ResolvedCondition, ResolvedTable } from './resolved-types';
import type { Condition, DatedValue, RuleTable } from './table-types';
import { type ParametersAt, substituteParams } from './value-spec';

/** The value of each parameter in effect at `date`: the one whose `from` is the latest ≤ date. */
function parametersAt(table: RuleTable<unknown>, names: Iterable<string>, date: IsoDate) {
  const at = new Map<string, DatedValue & { name: string }>();
  const issues: Issue[] = [];
  for (const name of names) {
    const values = table.parameters[name] ?? [];
    let best: DatedValue | undefined;
    for (const dated of values) if (dated.from <= date && (!best || dated.from > best.from)) best = dated;
    if (best) at.set(name, { ...best, name });
    else {
      const first = values.map((v) => v.from).sort()[0];
      issues.push(
        issue(
          'parameter_not_in_effect',
          ['parameters', name],
          `Parameter "${name}" has no value on ${date}${first ? ` (its first value is from ${first})` : ''}`,
        ),
      );
    }
  }
  return { at, issues };
}

function resolveCondition(condition: Condition, table: RuleTable<unknown>, at: ParametersAt, asOf: IsoDate) {
  const walk = (c: Condition): ResolvedCondition => {
    if ('all' in c) return { all: c.all.map(walk) };
    if ('any' in c) return { any: c.any.map(walk) };
    if ('not' in c) return { not: walk(c.not) };
    const slot = lookupSlot(table.facts, c.fact, c.path);
    if (!slot.ok) throw new Error(`Unchecked condition reached resolution: ${slot.message}`);
    const used: (DatedValue & { name: string })[] = [];
    const operator = c.operator as RuleOperator;
    const substituted = substituteParams(c.value, at, used);
    const { anchor } = operatorOf(operator);
    const value = anchor ? anchor(substituted, asOf) : substituted;
    const params: ParamUse[] = used.map((u) => ({
      name: u.name,
      value: u.value,
      from: u.from,
      source: u.source,
    }));
    return {
      fact: c.fact,
      ...(c.path === undefined ? {} : { path: c.path }),
      segments: slot.segments,
      declaration: slot.declaration,
      operator,
      value,
      params,
    };
  };
  return walk(condition);
}

/**
 * Resolves a table at an evaluation date: each parameter takes the value whose `from` is the
 * latest on or before `date`; relative dates are anchored to `date`. The table is checked first,
 * so a table built in code gets the same issues as one loaded from JSON; a parameter without a
 * value on `date` is an issue at `['parameters', name]`.
 *
 * @example
 * ```ts
 * import { resolveTable } from '@signaalreis/core';
 * const table = {
 *   id: 'floor', label: 'Floor', hitPolicy: 'first' as const,
 *   facts: [{ name: 'amount', type: 'money' as const, description: 'Arrear in cents' }],
 *   parameters: { floor: [{ from: '2021-01-01', value: 10000, source: 'signaalreis-2023' }] },
 *   rules: [{ id: 'R1', label: 'Above floor', source: 'signaalreis-2023', then: 'pick-up',
 *     when: { all: [{ fact: 'amount', operator: 'greaterThanInclusive', value: { param: 'floor' } }] } }],
 * };
 * resolveTable(table, '2026-10-26').ok; // true
 * resolveTable(table, '2020-06-01').ok; // false: parameter_not_in_effect
 * ```
 */
export function resolveTable<T>(table: RuleTable<T>, date: IsoDate): Result<ResolvedTable<T>> {
  if (!isIsoDate(date))
    return { ok: false, issues: [issue('invalid_date', [], `"${date}" is not a date YYYY-MM-DD`)] };
  const checked = checkTable(table);
  if (checked.issues.length > 0) return { ok: false, issues: checked.issues };
  const { at, issues } = parametersAt(table, checked.used, date);
  if (issues.length > 0) return { ok: false, issues };
  const rules = table.rules.map((rule, index) => ({
    index,
    id: rule.id,
    label: rule.label,
    ...(rule.labelNl === undefined ? {} : { labelNl: rule.labelNl }),
    source: rule.source,
    priority: rule.priority ?? 0,
    when: resolveCondition(rule.when, table, at, date),
    then: rule.then,
  }));
  return {
    ok: true,
    value: {
      id: table.id,
      label: table.label,
      ...(table.labelNl === undefined ? {} : { labelNl: table.labelNl }),
      hitPolicy: table.hitPolicy,
      asOf: date,
      facts: table.facts,
      rules,
      order: policyOrder(rules),
    },
  };
}
