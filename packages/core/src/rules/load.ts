import * as z from 'zod';
import { asIsoDate, type IsoDate } from '../model/iso-date';
import { fail, type Issue, ok, type Result } from '../model/issue';
import { checkJsonValue } from '../model/json-value';
import { issuesFromZod, PARSED_ONCE } from '../model/zod-issues';
import { checkTable } from './check-table';
import { forbiddenKeyIssues } from './forbidden-keys';
import { uniqueOverlaps } from './overlap';
import { resolveTable } from './resolve';
import { ruleTableSchema } from './table-schema';
import type { RuleTable } from './table-types';

/**
 * Options of {@link loadRuleTable}.
 *
 * @example
 * ```ts
 * import type { LoadRuleTableOptions } from '@signaalreis/core';
 * import { z } from 'zod';
 * const options: LoadRuleTableOptions<{ channel: string }> = { outcome: z.object({ channel: z.string() }) };
 * ```
 */
export interface LoadRuleTableOptions<TOutcome> {
  /** zod schema of the outcomes (`then`); default: anything. */
  outcome?: z.ZodType<TOutcome>;
  /**
   * For `unique` tables: search for a fact set on which two rules both match (default true).
   * The search runs at every date on which a used parameter changes value, or at
   * `overlapDates` when given.
   */
  checkUniqueOverlap?: boolean;
  /** Dates at which to search for overlaps instead of the parameters' `from` dates. */
  overlapDates?: IsoDate[];
}

/** The date at which a table without parameters is checked for overlaps (project default). */
const FIXED_DATE = asIsoDate('2024-01-01');

/** Dates at which the resolved table can differ: every `from` of a used parameter. */
function epochs(table: RuleTable<unknown>, used: Set<string>): IsoDate[] {
  const dates = new Set<IsoDate>();
  for (const name of used) for (const dated of table.parameters[name] ?? []) dates.add(dated.from);
  // project default: a table without parameters is checked at one fixed date
  return dates.size > 0 ? [...dates].sort() : [FIXED_DATE];
}

/**
 * Loads a rule table from untrusted JSON data and validates it completely: the JSON limits
 * (`checkJsonValue`: nesting, e.g. of conditions, at most 64 levels), forbidden keys such as
 * `__proto__`, the structure (zod, with the string lengths of `TEXT_LIMITS`), unknown facts, paths, operators and parameters, values of the
 * wrong type (a date compared with a number), parameter values of the wrong type, duplicate ids,
 * and for `unique` tables rules that can overlap (with the counterexample). Every problem is an
 * issue with a JSON path into the input.
 *
 * @example
 * ```ts
 * import { loadRuleTable } from '@signaalreis/core';
 * const result = loadRuleTable({
 *   id: 'floor', label: { nl: 'Ondergrens', en: 'Floor' }, hitPolicy: 'first',
 *   facts: [{ name: 'amount', type: 'money', description: 'Arrear in cents' }], parameters: {},
 *   rules: [{ id: 'R1', label: { nl: 'Groot', en: 'Big' }, source: 'project default', then: 'visit',
 *     when: { all: [{ fact: 'amout', operator: 'greaterThan', value: 50000 }] } }],
 * });
 * // { ok: false, issues: [{ code: 'unknown_fact', path: ['rules', 0, 'when', 'all', 0, 'fact'],
 * //   message: { nl: 'Onbekend gegeven "amout" (de tabel kent: amount)', en: 'Unknown fact "amout" (declared: amount)' } }] }
 * ```
 */
export function loadRuleTable<T = unknown>(
  input: unknown,
  options: LoadRuleTableOptions<T> = {},
): Result<RuleTable<T>> {
  const limits = checkJsonValue(input);
  if (limits.length > 0) return fail(limits);
  const forbidden = forbiddenKeyIssues(input);
  if (forbidden.length > 0) return fail(forbidden);
  const parsed = ruleTableSchema(options.outcome ?? (z.unknown() as z.ZodType<T>)).safeParse(
    input,
    PARSED_ONCE,
  );
  if (!parsed.success) return fail(issuesFromZod(parsed.error));
  const table = parsed.data;
  const checked = checkTable(table);
  if (!checked.ok) return checked;
  if (table.hitPolicy === 'unique' && options.checkUniqueOverlap !== false) {
    const overlaps: Issue[] = [];
    const seen = new Set<string>();
    for (const date of options.overlapDates ?? epochs(table, checked.value)) {
      const resolved = resolveTable(table, date);
      if (!resolved.ok) continue;
      // One issue per pair of rules, at the first date on which they overlap.
      for (const found of uniqueOverlaps(resolved.value)) {
        const key = `${found.a},${found.b}`;
        if (seen.has(key)) continue;
        seen.add(key);
        overlaps.push(found.issue);
      }
    }
    if (overlaps.length > 0) return fail(overlaps);
  }
  return ok(table);
}
