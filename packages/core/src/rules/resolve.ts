// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style); outcomes are data, never functions
import { type IsoDate, isIsoDate } from '../model/iso-date';
import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import { checkTable } from './check-table';
import { lookupSlot } from './fact-path';
import { policyOrder } from './hit-policy';
import { RULE_MESSAGES as M } from './messages';
import { operatorOf, type RuleOperator } from './operators';
import type { ParamUse, ResolvedCondition, ResolvedTable } from './resolved-types';
import type { Condition, DatedValue, RuleTable } from './table-types';
import { type ParametersAt, substituteParams } from './value-spec';

/** The value of each parameter in effect on `on`: the one whose `from` is the latest ≤ on. */
function parametersAt(table: RuleTable<unknown>, names: Iterable<string>, on: IsoDate): Result<ParametersAt> {
  const at = new Map<string, DatedValue & { name: string }>();
  const issues: Issue[] = [];
  for (const name of names) {
    const values = table.parameters[name] ?? [];
    let best: DatedValue | undefined;
    for (const dated of values) if (dated.from <= on && (!best || dated.from > best.from)) best = dated;
    if (best) at.set(name, { ...best, name });
    else {
      const first = values.map((v) => v.from).sort()[0];
      issues.push(
        issue('parameter_not_in_effect', ['parameters', name], M.parameterNotInEffect(name, on, first)),
      );
    }
  }
  return issues.length > 0 ? fail(issues) : ok(at);
}

function resolveCondition(condition: Condition, table: RuleTable<unknown>, at: ParametersAt, asOf: IsoDate) {
  const walk = (c: Condition): ResolvedCondition => {
    if ('all' in c) return { all: c.all.map(walk) };
    if ('any' in c) return { any: c.any.map(walk) };
    if ('not' in c) return { not: walk(c.not) };
    const slot = lookupSlot(table.facts, c.fact, c.path);
    if (!slot.ok) throw new Error(`Unchecked condition reached resolution: ${slot.issues[0]?.message.en}`);
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
      segments: slot.value.segments,
      declaration: slot.value.declaration,
      operator,
      value,
      params,
    };
  };
  return walk(condition);
}

/**
 * Resolves a table at an evaluation date `on`: each parameter takes the value whose `from` is the
 * latest on or before `on`; relative dates are anchored to `on`. The table is checked first,
 * so a table built in code gets the same issues as one loaded from JSON; a parameter without a
 * value on `on` is an issue at `['parameters', name]`, and a date that is not real (cast into an
 * `IsoDate`) is `invalid_date`.
 *
 * @example
 * ```ts
 * import { asIsoDate, resolveTable } from '@signaalreis/core';
 * const table = {
 *   id: 'floor', label: { nl: 'Ondergrens', en: 'Floor' }, hitPolicy: 'first' as const,
 *   facts: [{ name: 'amount', type: 'money' as const, description: 'Arrear in cents' }],
 *   parameters: { floor: [{ from: asIsoDate('2021-01-01'), value: 10000, source: 'signaalreis-2023' }] },
 *   rules: [{ id: 'R1', label: { nl: 'Boven de grens', en: 'Above floor' }, source: 'signaalreis-2023',
 *     then: 'pick-up',
 *     when: { all: [{ fact: 'amount', operator: 'greaterThanInclusive', value: { param: 'floor' } }] } }],
 * };
 * resolveTable(table, asIsoDate('2026-10-26')).ok; // true
 * resolveTable(table, asIsoDate('2020-06-01')).ok; // false: parameter_not_in_effect
 * ```
 */
export function resolveTable<T>(table: RuleTable<T>, on: IsoDate): Result<ResolvedTable<T>> {
  if (!isIsoDate(on)) return fail(issue('invalid_date', [], M.invalidDate(String(on))));
  const checked = checkTable(table);
  if (!checked.ok) return checked;
  const params = parametersAt(table, checked.value, on);
  if (!params.ok) return params;
  const rules = table.rules.map((rule, index) => ({
    index,
    id: rule.id,
    label: rule.label,
    source: rule.source,
    priority: rule.priority ?? 0,
    when: resolveCondition(rule.when, table, params.value, on),
    then: rule.then,
  }));
  return ok({
    id: table.id,
    label: table.label,
    hitPolicy: table.hitPolicy,
    asOf: on,
    facts: table.facts,
    rules,
    order: policyOrder(rules),
  });
}
