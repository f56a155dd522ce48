import * as z from 'zod';
import { ruleSchemaRegistry, ruleTableSchema } from './table-schema';

/**
 * The JSON Schema (draft 2020-12) of a rule table, generated from its zod schema, for editors.
 * It describes the structure; the meaning (facts, operators, parameters, types) is checked by
 * {@link loadRuleTable}. Committed as `docs/schemas/rule-table.schema.json`.
 *
 * @example
 * ```ts
 * import { ruleTableJsonSchema } from '@signaalreis/core';
 * import { z } from 'zod';
 * const schema = ruleTableJsonSchema(z.object({ channel: z.string() }));
 * schema.required; // ['id', 'label', 'hitPolicy', 'facts', 'parameters', 'rules']
 * ```
 */
export function ruleTableJsonSchema(outcome?: z.ZodType): Record<string, unknown> {
  const generated = z.toJSONSchema(ruleTableSchema(outcome), {
    io: 'input',
    metadata: ruleSchemaRegistry,
  }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    title: 'signaalreis rule table',
    description:
      'A rule table: declared facts, dated parameters, rules in json-rules-engine condition format, and a hit policy (first, collect, unique). See docs/rules.md.',
    ...generated,
  };
}
