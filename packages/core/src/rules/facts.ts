import * as z from 'zod';
import { IsoDateSchema } from '../model/iso-date';
import type { Result } from '../model/issue';
import type { Facts } from './compile';
import type { FactDeclaration } from './table-types';
import { issuesFromZod } from './zod-issues';

function valueSchema(fact: FactDeclaration): z.ZodType {
  const strings =
    fact.values && fact.values.length > 0 ? z.enum(fact.values as [string, ...string[]]) : z.string();
  switch (fact.type) {
    case 'number':
      return z.number();
    case 'money':
      return z.int();
    case 'date':
      return IsoDateSchema;
    case 'string':
      return z.string();
    case 'enum':
      return strings;
    case 'boolean':
      return z.boolean();
    case 'string[]':
      return z.array(strings);
    case 'object':
      return factsSchema(fact.fields ?? []);
  }
}

/**
 * The zod schema of a fact set for the given declarations: every fact optional (a missing fact
 * is allowed and reads as `undefined`), `null` rejected, undeclared keys stripped so that only
 * what the table needs flows on.
 *
 * @example
 * ```ts
 * import { factsSchema } from '@signaalreis/core';
 * const schema = factsSchema([{ name: 'amount', type: 'money', description: 'Arrear in cents' }]);
 * schema.parse({ amount: 1200, name: 'stripped' }); // { amount: 1200 }
 * ```
 */
export function factsSchema(declarations: readonly FactDeclaration[]): z.ZodType<Facts> {
  const shape: Record<string, z.ZodType> = {};
  for (const fact of declarations) shape[fact.name] = valueSchema(fact).optional();
  return z.object(shape) as unknown as z.ZodType<Facts>;
}

// The schema of each list of declarations, made once: a table validates a fact set per row of a
// ledger, and a zod schema costs far more to make (and to compile on its first parse) than to use —
// `signaalreis criteria` of 20,500 rows spent most of its time making 20,500 equal schemas
// (docs/performance.md, "Twenty-eighth round"). Keyed by the list itself: a table's declarations are
// not changed after it is loaded (a changed table is a new one, as `loadRuleTable` makes it).
const SCHEMAS = new WeakMap<readonly FactDeclaration[], z.ZodType<Facts>>();

function schemaOf(declarations: readonly FactDeclaration[]): z.ZodType<Facts> {
  let schema = SCHEMAS.get(declarations);
  if (!schema) {
    schema = factsSchema(declarations);
    SCHEMAS.set(declarations, schema);
  }
  return schema;
}

/**
 * Validates a fact set against a table's declared facts: money is integer cents, dates are real
 * `YYYY-MM-DD` dates, enums take their declared values. Problems are issues with a path.
 *
 * @example
 * ```ts
 * import { validateFacts } from '@signaalreis/core';
 * const table = { facts: [{ name: 'dueDate', type: 'date' as const, description: 'Oldest due date' }] };
 * validateFacts(table, { dueDate: '2026-02-30' }); // { ok: false, issues: [{ path: ['dueDate'], … }] }
 * ```
 */
export function validateFacts(table: { facts: readonly FactDeclaration[] }, input: unknown): Result<Facts> {
  const parsed = schemaOf(table.facts).safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: issuesFromZod(parsed.error) };
}
