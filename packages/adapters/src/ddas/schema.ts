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

let compiled: ValidateFunction<Uitwisselmodel> | undefined;

/**
 * The compiled schema, made on first use. ajv's strict mode stays on for the schema's keywords;
 * only `strictTypes` and `strictRequired` are off, because the official schema leaves `type` to the
 * enclosing schema inside its `oneOf` branches (valid JSON Schema, which ajv's strict mode flags).
 */
function validator(): ValidateFunction<Uitwisselmodel> {
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
    compiled = ajv.compile<Uitwisselmodel>(schema);
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
function schemaIssue(e: ErrorObject): Issue & { schemaPath: string } {
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
  return {
    code: 'ddas_schema',
    path: pathOf(e.instancePath),
    message: M.schema(text, e.schemaPath),
    schemaPath: e.schemaPath,
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
  const issues: Issue[] = errors.slice(0, MAX_SCHEMA_ISSUES).map(schemaIssue);
  if (errors.length > MAX_SCHEMA_ISSUES)
    issues.push({ code: 'ddas_schema', path: [], message: M.schemaMore(errors.length - MAX_SCHEMA_ISSUES) });
  return fail(issues);
}
