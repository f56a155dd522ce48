import { fail, type Issue, type IssuePath, issue, ok, prefixIssues, type Result } from '../model/issue';
import { lookupSlot } from './fact-path';
import { isReservedName } from './forbidden-keys';
import { RULE_MESSAGES as M } from './messages';
import { findOperator } from './operators';
import type { Condition, FactDeclaration, RuleTable } from './table-types';
import { checkValue } from './value-spec';

type Path = IssuePath;

// The meaning of a structurally valid table: declarations are consistent, every condition names
// a declared fact, a supported path and a known operator that applies to the fact's type, and
// every value (and every dated value of every parameter it uses) has the form the operator needs.

function checkFacts(facts: readonly FactDeclaration[], path: Path, issues: Issue[]): void {
  const seen = new Set<string>();
  facts.forEach((fact, i) => {
    const at = [...path, i];
    if (seen.has(fact.name))
      issues.push(issue('duplicate_fact', [...at, 'name'], M.duplicateFact(fact.name)));
    seen.add(fact.name);
    if (isReservedName(fact.name)) {
      issues.push(issue('reserved_name', [...at, 'name'], M.reservedFactName(fact.name)));
    }
    const needsValues = fact.type === 'enum';
    const mayHaveValues = needsValues || fact.type === 'string[]';
    if (needsValues && (!fact.values || fact.values.length === 0)) {
      issues.push(issue('missing_values', [...at, 'values'], M.missingValues(fact.name)));
    }
    if (!mayHaveValues && fact.values) {
      issues.push(issue('unexpected_values', [...at, 'values'], M.unexpectedValues));
    }
    if (fact.type === 'object') {
      if (!fact.fields || fact.fields.length === 0) {
        issues.push(issue('missing_fields', [...at, 'fields'], M.missingFields(fact.name)));
      } else checkFacts(fact.fields, [...at, 'fields'], issues);
    } else if (fact.fields) {
      issues.push(issue('unexpected_fields', [...at, 'fields'], M.unexpectedFields));
    }
  });
}

function checkCondition(
  condition: Condition,
  path: Path,
  table: RuleTable<unknown>,
  issues: Issue[],
  used: Set<string>,
): void {
  if ('all' in condition || 'any' in condition) {
    const key = 'all' in condition ? 'all' : 'any';
    const children = 'all' in condition ? condition.all : condition.any;
    if (children.length === 0) {
      issues.push(issue('empty_group', [...path, key], M.emptyGroup(key)));
    }
    children.forEach((child, i) => {
      checkCondition(child, [...path, key, i], table, issues, used);
    });
    return;
  }
  if ('not' in condition) {
    checkCondition(condition.not, [...path, 'not'], table, issues, used);
    return;
  }
  const slot = lookupSlot(table.facts, condition.fact, condition.path);
  if (!slot.ok) {
    issues.push(...prefixIssues(slot.issues, path));
    return;
  }
  const operator = findOperator(condition.operator);
  if (!operator) {
    issues.push(issue('unknown_operator', [...path, 'operator'], M.unknownOperator(condition.operator)));
    return;
  }
  const declaration = slot.value.declaration;
  const subject = M.subject(
    `${condition.fact}${condition.path ? condition.path.slice(1) : ''}`,
    declaration.type,
  );
  if (!operator.factTypes.includes(declaration.type)) {
    const applies = operator.factTypes.join(', ');
    issues.push(
      issue(
        'operator_type_mismatch',
        [...path, 'operator'],
        M.operatorTypeMismatch(subject, condition.operator, applies, declaration.type),
      ),
    );
    return;
  }
  checkValue(operator.valueSpec(declaration), condition.value, [...path, 'value'], {
    parameters: table.parameters,
    issues,
    used,
    subject,
  });
}

/**
 * Checks the meaning of a structurally valid table: the names of the parameters it uses, or every
 * semantic issue.
 */
export function checkTable(table: RuleTable<unknown>): Result<Set<string>> {
  const issues: Issue[] = [];
  const used = new Set<string>();
  checkFacts(table.facts, ['facts'], issues);
  for (const [name, values] of Object.entries(table.parameters)) {
    if (isReservedName(name)) {
      issues.push(issue('reserved_name', ['parameters', name], M.reservedParameterName(name)));
    }
    const froms = new Set<string>();
    values.forEach((dated, i) => {
      if (froms.has(dated.from)) {
        issues.push(
          issue('duplicate_from', ['parameters', name, i, 'from'], M.duplicateFrom(name, dated.from)),
        );
      }
      froms.add(dated.from);
    });
  }
  const ids = new Set<string>();
  table.rules.forEach((rule, i) => {
    if (ids.has(rule.id))
      issues.push(issue('duplicate_rule_id', ['rules', i, 'id'], M.duplicateRuleId(rule.id)));
    ids.add(rule.id);
    checkCondition(rule.when, ['rules', i, 'when'], table, issues, used);
  });
  return issues.length > 0 ? fail(dedupe(issues)) : ok(used);
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify([i.code, i.path, i.message.en]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
