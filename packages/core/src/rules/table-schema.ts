// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style); outcomes are data, never functions
import * as z from 'zod';
import { IsoDateSchema } from '../model/iso-date';
import { TEXT_LIMITS } from '../model/json-limits';
import type { Bilingual } from '../model/text';
import { zodMessage } from '../model/zod-message';
import { RULE_MESSAGES as M } from './messages';
import { RULE_OPERATORS } from './operators';
import {
  type AllCondition,
  type AnyCondition,
  type Condition,
  type DatedValue,
  FACT_TYPES,
  type FactCondition,
  type FactDeclaration,
  HIT_POLICIES,
  type NotCondition,
  type RootCondition,
  type Rule,
  type RuleTable,
} from './table-types';

// Descriptions and $defs names for the generated JSON Schema live in a private registry (not
// zod's global one), so loading this module twice, or another module using the same ids, cannot
// collide. See json-schema.ts.

/** Metadata of the rule-table schemas, used by `ruleTableJsonSchema`. */
export const ruleSchemaRegistry = z.registry<{
  id?: string;
  description?: string;
  format?: string;
  enum?: readonly string[];
}>();

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

const FactName = z
  .string()
  .max(TEXT_LIMITS.id)
  .regex(NAME, { message: zodMessage(M.factName) });
const Id = z
  .string()
  .max(TEXT_LIMITS.id)
  .regex(ID, { message: zodMessage(M.id) });
const LabelText = z.string().min(1).max(TEXT_LIMITS.label);
const Label: z.ZodType<Bilingual> = z
  .strictObject({ nl: LabelText, en: LabelText })
  .register(ruleSchemaRegistry, {
    id: 'Label',
    description: 'A text for people in Dutch (nl) and English (en).',
  });
const Text = z.string().min(1).max(TEXT_LIMITS.text);

const FactDeclarationSchema: z.ZodType<FactDeclaration> = z
  .strictObject({
    name: FactName,
    type: z.enum(FACT_TYPES),
    description: Text,
    label: Label.optional(),
    values: z.array(z.string().max(TEXT_LIMITS.label)).optional(),
    get fields() {
      return z.array(FactDeclarationSchema).optional();
    },
  })
  .register(ruleSchemaRegistry, {
    id: 'FactDeclaration',
    description: 'A fact the rules may read (enum lists values; object lists fields).',
  });

const DatedValueSchema: z.ZodType<DatedValue> = z
  .strictObject({
    from: IsoDateSchema.clone().register(ruleSchemaRegistry, {
      format: 'date',
      description: 'First day the value applies (YYYY-MM-DD).',
    }),
    value: z.unknown(),
    source: Text.clone().register(ruleSchemaRegistry, {
      description: 'Source key (docs/sources.md) or "project default".',
    }),
  })
  .register(ruleSchemaRegistry, {
    id: 'DatedValue',
    description: 'A parameter value in effect from a date.',
  });

const FactConditionSchema: z.ZodType<FactCondition> = z
  .strictObject({
    fact: z.string().max(TEXT_LIMITS.id),
    path: z
      .string()
      .max(TEXT_LIMITS.label)
      .register(ruleSchemaRegistry, { description: 'Dotted JSONPath into an object fact, e.g. $.partners.' })
      .optional(),
    operator: z.string().max(TEXT_LIMITS.id).register(ruleSchemaRegistry, { enum: RULE_OPERATORS }),
    value: z.unknown().register(ruleSchemaRegistry, {
      description: 'Expected value; may be {"param": name} or contain one.',
    }),
  })
  .register(ruleSchemaRegistry, {
    id: 'FactCondition',
    description: 'Compares a fact (or a field of it) with a value.',
  });

const AllSchema: z.ZodType<AllCondition> = z
  .strictObject({
    get all() {
      return z.array(ConditionSchema);
    },
  })
  .register(ruleSchemaRegistry, { id: 'AllCondition', description: 'Every sub-condition holds.' });
const AnySchema: z.ZodType<AnyCondition> = z
  .strictObject({
    get any() {
      return z.array(ConditionSchema);
    },
  })
  .register(ruleSchemaRegistry, { id: 'AnyCondition', description: 'At least one sub-condition holds.' });
const NotSchema: z.ZodType<NotCondition> = z
  .strictObject({
    get not() {
      return ConditionSchema;
    },
  })
  .register(ruleSchemaRegistry, { id: 'NotCondition', description: 'The sub-condition does not hold.' });

const ConditionSchema: z.ZodType<Condition> = z
  .union([AllSchema, AnySchema, NotSchema, FactConditionSchema], { error: zodMessage(M.condition) })
  .register(ruleSchemaRegistry, { id: 'Condition' });

const RootConditionSchema: z.ZodType<RootCondition> = z
  .union([AllSchema, AnySchema, NotSchema], { error: zodMessage(M.rootCondition) })
  .register(ruleSchemaRegistry, { id: 'RootCondition' });

/**
 * The zod schema of a rule table whose outcomes (`then`) follow `outcome`. Structure only: the
 * meaning (known facts, operators, parameters, types) is checked by {@link loadRuleTable}.
 *
 * @example
 * ```ts
 * import { ruleTableSchema } from '@signaalreis/core';
 * import { z } from 'zod';
 * const schema = ruleTableSchema(z.object({ channel: z.string() }));
 * schema.safeParse({ id: 't' }).success; // false
 * ```
 */
export function ruleTableSchema<T = unknown>(
  outcome: z.ZodType<T> = z.unknown() as z.ZodType<T>,
): z.ZodType<RuleTable<T>> {
  const RuleSchema: z.ZodType<Rule<T>> = z.strictObject({
    id: Id,
    label: Label,
    source: Text,
    priority: z.int().optional(),
    when: RootConditionSchema,
    then: outcome,
  }) as z.ZodType<Rule<T>>;
  return z.strictObject({
    $schema: z.string().max(TEXT_LIMITS.text).optional(),
    id: Id,
    label: Label,
    description: z.string().max(TEXT_LIMITS.text).optional(),
    hitPolicy: z.enum(HIT_POLICIES),
    facts: z.array(FactDeclarationSchema),
    parameters: z.record(FactName, z.array(DatedValueSchema).min(1)),
    rules: z.array(RuleSchema),
  }) as z.ZodType<RuleTable<T>>;
}
