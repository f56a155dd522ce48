// Validation against the official DDAS v1.2 JSON Schema (draft 2020-12), unchanged: the file in
// standards/ddas-v1.2/ is bundled as it is and compiled once, with ajv and its formats (date,
// date-time, email, time). Every export is validated before it leaves; every import before it is read.
import { excerpt, fail, type Issue, type IssuePath, ok, type Result } from '@signaalreis/core';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import schema from '../../../../standards/ddas-v1.2/json_schema_Uitwisselmodel.json';
import { DDAS_MESSAGES as M } from './messages';
import type { Uitwisselmodel } from './types';

/**
 * The `$id` of the DDAS v1.2 schema that deliveries are validated against (VNG Realisatie,
 * `ddas-vroegsignalering`, `v1.2/json_schema_Uitwisselmodel.json`).
 *
 * @example
 * ```ts
 * import { DDAS_SCHEMA_ID } from '@signaalreis/adapters/ddas';
 * DDAS_SCHEMA_ID.endsWith('v1.2/json_schema_Uitwisselmodel.json'); // true
 * ```
 */
export const DDAS_SCHEMA_ID: string = schema.$id;

/**
 * The most schema problems one validation reports; the rest are counted in one more issue.
 * Source: project default (a broken file of 50,000 signals should not print 50,000 lines).
 */
const MAX_SCHEMA_ISSUES = 100;

let compiled: { ajv: Ajv2020; whole: ValidateFunction<Uitwisselmodel> } | undefined;

/**
 * The compiled schema, made on first use. ajv's strict mode stays on for the schema's keywords;
 * only `strictTypes` and `strictRequired` are off, because the official schema leaves `type` to the
 * enclosing schema inside its `oneOf` branches (valid JSON Schema, which ajv's strict mode flags).
 */
function validator(): ValidateFunction<Uitwisselmodel> {
  return compiledSchema().whole;
}

function compiledSchema(): { ajv: Ajv2020; whole: ValidateFunction<Uitwisselmodel> } {
  if (compiled === undefined) {
    const ajv = new Ajv2020({
      allErrors: true,
      strictSchema: true,
      strictNumbers: true,
      strictTuples: true,
      strictTypes: false,
      strictRequired: false,
    });
    addFormats(ajv);
    compiled = { ajv, whole: ajv.compile<Uitwisselmodel>(schema) };
  }
  return compiled;
}

/** `/leveringen/0/client` as an issue path: `['leveringen', 0, 'client']` (RFC 6901 unescaped). */
function pathOf(pointer: string): IssuePath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

/** One ajv error as an issue: the JSON path, a bilingual sentence and the schema path. */
function schemaIssue(e: ErrorObject, at: IssuePath = [], under = ''): Issue & { schemaPath: string } {
  const p = e.params as Record<string, unknown>;
  const name = (key: string) => excerpt(String(p[key] ?? ''));
  const text = (() => {
    switch (e.keyword) {
      case 'required':
        return M.schemaRequired(name('missingProperty'));
      case 'additionalProperties':
        return M.schemaAdditional(name('additionalProperty'));
      case 'type':
        return M.schemaType(String(p.type));
      case 'enum':
        return M.schemaEnum((p.allowedValues as unknown[]).map(String));
      case 'format':
        return M.schemaFormat(String(p.format));
      case 'minLength':
      case 'maxLength':
      case 'minItems':
        return M.schemaLimit(e.keyword, Number(p.limit));
      case 'uniqueItems':
        return M.schemaUnique(Number(p.i), Number(p.j));
      case 'oneOf':
        return M.schemaOneOf;
      case 'not':
        return M.schemaNot;
      default:
        return M.schemaOther(e.keyword, e.message ?? '');
    }
  })();
  // a part's own keywords are under its place in the schema; a `$ref`'s under `#/$defs`, as ajv says
  const schemaPath = e.schemaPath.startsWith('#/$defs/') ? e.schemaPath : `#${under}${e.schemaPath.slice(1)}`;
  return {
    code: 'ddas_schema',
    path: [...at, ...pathOf(e.instancePath)],
    message: M.schema(text, schemaPath),
    schemaPath,
  };
}

/**
 * Validates a value against the DDAS v1.2 JSON Schema (the unchanged file of VNG Realisatie; draft
 * 2020-12 with its formats). The value is the delivery, typed; every problem is an issue
 * `ddas_schema` with the JSON path in `path` and the schema path (`#/properties/leveringen/…`) in
 * `schemaPath` and in the message. Messages name fields, never values (a delivery holds personal
 * data). At most 100 problems are listed; one more issue counts the rest.
 *
 * @example
 * ```ts
 * import { validateDdasDelivery } from '@signaalreis/adapters/ddas';
 * const r = validateDdasDelivery({ startdatumLevering: '2026-10-01' });
 * if (!r.ok) r.issues[0]?.message.nl; // 'DDAS-schema: "einddatumLevering" ontbreekt (schemapad #/required)'
 * ```
 */
export function validateDdasDelivery(value: unknown): Result<Uitwisselmodel> {
  const validate = validator();
  if (validate(value)) return ok(value);
  const errors = validate.errors ?? [];
  const issues: Issue[] = errors.slice(0, MAX_SCHEMA_ISSUES).map((e) => schemaIssue(e));
  if (errors.length > MAX_SCHEMA_ISSUES)
    issues.push({ code: 'ddas_schema', path: [], message: M.schemaMore(errors.length - MAX_SCHEMA_ISSUES) });
  return fail(issues);
}

/**
 * The parts of a delivery that {@link ddasPartIssues} validates on their own, by their place in the
 * schema: a levering (its lists of signals and cases checked element by element), a signal, a case.
 */
const PART_POINTERS = {
  levering: '/properties/leveringen/items',
  vroegsignaal: '/properties/leveringen/items/properties/vroegsignalen/items',
  vroegsignaalzaak: '/properties/leveringen/items/properties/vroegsignaalzaken/items',
} as const;

/**
 * A part of a delivery read in parts (at `at` in the delivery) validated against its place in the
 * DDAS v1.2 schema: the issues `validateDdasDelivery` gives for it within the whole delivery, with
 * the same paths and schema paths (the number of them is not limited here). A levering is given with
 * its lists of signals and cases empty, each of those checked as a part of its own; the delivery's
 * `uniqueItems` over whole leveringen is left to the import's own check (a municipality twice).
 */
export function ddasPartIssues(part: keyof typeof PART_POINTERS, value: unknown, at: IssuePath): Issue[] {
  const validate = partValidator(part);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => schemaIssue(e, at, PART_POINTERS[part]));
}

const partValidators = new Map<keyof typeof PART_POINTERS, ValidateFunction>();

/** The compiled subschema of a part, looked up once (a national delivery has a million parts). */
function partValidator(part: keyof typeof PART_POINTERS): ValidateFunction {
  let validate = partValidators.get(part);
  if (validate === undefined) {
    validate = compiledSchema().ajv.getSchema(`${schema.$id}#${PART_POINTERS[part]}`);
    if (validate === undefined) throw new Error(`unreachable: the schema has ${PART_POINTERS[part]}`);
    partValidators.set(part, validate);
  }
  return validate;
}

/**
 * The delivery without its leveringen (read in parts, each checked by {@link ddasPartIssues})
 * validated against the schema: `leveringen` as `count` leveringen that are valid.
 */
export function ddasHeadIssues(head: unknown, count: number): Issue[] {
  const validate = validator();
  const isObject = typeof head === 'object' && head !== null && !Array.isArray(head);
  // leveringen read in parts are there, `count` of them; an empty list or another value is checked
  const partsRead = isObject && count > 0 && Array.isArray((head as { leveringen?: unknown }).leveringen);
  const { leveringen: _, ...rest } = partsRead ? (head as { leveringen?: unknown }) : {};
  if (validate(partsRead ? rest : head)) return [];
  const errors = (validate.errors ?? []).filter(
    (e) =>
      !(
        partsRead &&
        e.keyword === 'required' &&
        e.instancePath === '' &&
        e.params.missingProperty === 'leveringen'
      ),
  );
  return errors.map((e) => schemaIssue(e));
}

/** Schema issues as a delivery's: at most {@link MAX_SCHEMA_ISSUES}, and one that counts the rest. */
export function cappedSchemaIssues(issues: readonly Issue[]): Issue[] {
  const out = issues.slice(0, MAX_SCHEMA_ISSUES);
  if (issues.length > MAX_SCHEMA_ISSUES)
    out.push({ code: 'ddas_schema', path: [], message: M.schemaMore(issues.length - MAX_SCHEMA_ISSUES) });
  return out;
}
