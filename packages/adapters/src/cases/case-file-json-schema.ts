// The JSON Schema of the compact case file, generated from its zod schema, for editors and other
// programs that read what `signaalreis run` writes. Committed as docs/schemas/case-file.schema.json.
import * as z from 'zod';
import { CompactCaseFileSchema } from './case-file-schema';

/**
 * The JSON Schema (draft 2020-12) of a case file of format `signaalreis-cases/3`, generated from
 * `CompactCaseFileSchema`. It describes the structure; what it cannot say (a case id of the
 * month's form, ids without control characters, each id once, a stored record of its own case)
 * is checked by `readCaseFile`. Committed as `docs/schemas/case-file.schema.json`.
 *
 * @example
 * ```ts
 * import { caseFileJsonSchema } from './case-file-json-schema'; // internal: the docs' schema is generated from it
 * caseFileJsonSchema().required; // ['format', 'month', 'preset', 'decidedOn', 'cases']
 * ```
 */
export function caseFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(CompactCaseFileSchema, { io: 'input' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    title: 'signaalreis case file (signaalreis-cases/3)',
    description:
      'The cases of one month as `signaalreis match` and `signaalreis run` write them: one case a line; what a case derives from the rest of it (signalIds, partners, totalAmountCents, empty recidiveMonths and consecutiveCreditors, primaryChannel and team, per signal ageDays, naturalPerson true and a signalStatus equal to the case’s) is left out. See docs/formats/case-file.md.',
    ...generated,
  };
}
