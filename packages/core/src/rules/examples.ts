import * as z from 'zod';
import { ChannelSchema, TeamSchema } from '../model/enums';
import contactByAmountJson from './examples/contact-by-amount-m3.json';
import energyCriteriaJson from './examples/criteria-energy-a.json';
import routingJson from './examples/routing-m2.json';
import municipality5Json from './examples/steps-m5.json';
import { loadRuleTable } from './load';
import type { RuleTable } from './table-types';

// Example rule tables, written as JSON exactly as a municipality would (examples/*.json), used by
// docs/rules.md (docs-examples.test.ts checks the document shows exactly these), the tests and
// the benchmark. Every rule names its source. Not part of the public API: real presets live in
// @signaalreis/rules-presets.

const LabelSchema = z.strictObject({ nl: z.string(), en: z.string() });

/** Outcome of the routing examples: a contact step. */
export const ContactStepSchema = z.strictObject({
  channels: z.array(ChannelSchema),
  team: TeamSchema,
  label: LabelSchema,
});
/** A contact step. */
export type ContactStep = z.infer<typeof ContactStepSchema>;

/** Outcome of the partner-criteria example. */
export const SignalDecisionSchema = z.strictObject({
  signal: z.boolean(),
  label: LabelSchema,
});
/** A partner's signal decision. */
export type SignalDecision = z.infer<typeof SignalDecisionSchema>;

function load<T>(json: unknown, outcome: z.ZodType<T>): RuleTable<T> {
  const loaded = loadRuleTable(json, { outcome });
  if (!loaded.ok) throw new Error(`example table does not load: ${JSON.stringify(loaded.issues)}`);
  return loaded.value;
}

/** The example tables as JSON, by file name. */
export const EXAMPLE_JSON = {
  'routing-m2.json': routingJson,
  'criteria-energy-a.json': energyCriteriaJson,
  'contact-by-amount-m3.json': contactByAmountJson,
  'steps-m5.json': municipality5Json,
} as const;

/** Six-rule routing table (first): municipality 2's practice plus municipality 4's crisis and "already known" buckets. */
export const routingExample = load(routingJson, ContactStepSchema);
/** Partner criteria of energy supplier A (first), with a parameter that changed on 8 Dec 2022. */
export const energyCriteriaExample = load(energyCriteriaJson, SignalDecisionSchema);
/** Channel by amount (unique): municipality 3's three disjoint ranges. */
export const contactByAmountExample = load(contactByAmountJson, ContactStepSchema);
/** Every applicable step (collect): municipality 5 writes to everyone and visits matches and end-of-supply signals. */
export const municipality5Example = load(municipality5Json, ContactStepSchema);
