import { isIsoDate } from '../model/iso-date';
import { type Issue, issue } from '../model/issue';
import { excerpt } from '../model/redact';
import type { Bilingual } from '../model/text';
import { RULE_MESSAGES as M } from './messages';
import type { DatedValue, ParamRef } from './table-types';

// What a condition value must look like, per operator and fact type (see operators/), and the
// two walks over it: checking a value (and every dated value of every parameter used in it) at
// load, and substituting parameters at an evaluation date.

/** The expected shape of a value (or part of one). */
export type ValueSpec =
  | { kind: 'number' }
  | { kind: 'integer'; min?: number }
  | { kind: 'date' }
  | { kind: 'string'; values?: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'array'; of: ValueSpec }
  | { kind: 'object'; fields: Record<string, { spec: ValueSpec; optional?: boolean }> }
  | {
      kind: 'oneOf';
      /** How the forms are named in messages. */
      describe: Bilingual;
      /** The forms: an object value is checked against the `object` option, anything else against the other. */
      options: readonly ValueSpec[];
    };

type Path = (string | number)[];

/** The option of a `oneOf` spec that `value` is checked against: by shape (object or not). */
export function chooseOption(options: readonly ValueSpec[], value: unknown): ValueSpec {
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  const chosen = options.find((o) => (o.kind === 'object') === isObject) ?? options[0];
  if (!chosen) throw new Error('A oneOf spec needs at least one option (programming error)');
  return chosen;
}

/** Whether a value is a parameter reference `{ "param": name }`. */
export function isParamRef(value: unknown): value is ParamRef {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'param' && typeof (value as ParamRef).param === 'string';
}

/** A readable description of a spec, for messages. */
export function describeSpec(spec: ValueSpec): Bilingual {
  const both = (nl: string, en: string): Bilingual => ({ nl, en });
  switch (spec.kind) {
    case 'number':
      return both('een getal', 'a number');
    case 'integer':
      return spec.min === undefined
        ? both('een geheel getal', 'an integer')
        : both(`een geheel getal ≥ ${spec.min}`, `an integer ≥ ${spec.min}`);
    case 'date':
      return both('een datum (JJJJ-MM-DD)', 'a date (YYYY-MM-DD)');
    case 'string': {
      if (!spec.values) return both('een tekst', 'a string');
      const list = spec.values.map((v) => JSON.stringify(v)).join(', ');
      return both(`een van ${list}`, `one of ${list}`);
    }
    case 'boolean':
      return both('true of false', 'true or false');
    case 'array': {
      const of = describeSpec(spec.of);
      return both(`een lijst (elk element ${of.nl})`, `a list (each ${of.en})`);
    }
    case 'object': {
      const keys = Object.keys(spec.fields).join(', ');
      return both(`een object {${keys}}`, `an object {${keys}}`);
    }
    case 'oneOf':
      return spec.describe;
  }
}

/** Longest excerpt of a value in a message here: long enough for a short list (project default). */
const SHOWN_LENGTH = 80;

const KIND_NL: Readonly<Record<string, string>> = {
  number: 'het getal',
  string: 'de tekst',
  boolean: 'de waarde',
  bigint: 'het getal',
};

/** A readable description of a value, for messages (an excerpt: values may come from untrusted presets). */
export function describeValue(value: unknown): Bilingual {
  const shown = excerpt(JSON.stringify(value) ?? String(value), SHOWN_LENGTH);
  if (Array.isArray(value)) return { nl: `de lijst ${shown}`, en: `the list ${shown}` };
  if (value === null) return { nl: 'null', en: 'null' };
  if (typeof value === 'object') return { nl: `het object ${shown}`, en: `the object ${shown}` };
  if (typeof value === 'string' && isIsoDate(value))
    return { nl: `de datum "${value}"`, en: `the date "${value}"` };
  return {
    nl: `${KIND_NL[typeof value] ?? typeof value} ${shown}`,
    en: `the ${typeof value} ${shown}`,
  };
}

function matchesScalar(spec: ValueSpec, value: unknown): boolean {
  switch (spec.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isSafeInteger(value) && (spec.min === undefined || (value as number) >= spec.min);
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'string':
      return typeof value === 'string' && (!spec.values || spec.values.includes(value));
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return false;
  }
}

/** What the checker needs to know about parameters. */
export interface ValueCheckContext {
  parameters: Readonly<Record<string, DatedValue[]>>;
  /** Collects the problems found. */
  issues: Issue[];
  /** Parameters referenced so far (name → true). */
  used: Set<string>;
  /** What is being compared, prefixed to messages (e.g. `Fact "amount" (money)`). */
  subject: Bilingual;
}

/** Checks `value` against `spec` at `path`; parameter references are checked value by value. */
export function checkValue(
  spec: ValueSpec,
  value: unknown,
  path: Path,
  ctx: ValueCheckContext,
  inParam = false,
) {
  if (isParamRef(value)) {
    if (inParam) {
      ctx.issues.push(issue('nested_parameter', path, M.nestedParameter));
      return;
    }
    const values = Object.hasOwn(ctx.parameters, value.param) ? ctx.parameters[value.param] : undefined;
    if (!values) {
      const known = Object.keys(ctx.parameters);
      ctx.issues.push(issue('unknown_parameter', [...path, 'param'], M.unknownParameter(value.param, known)));
      return;
    }
    ctx.used.add(value.param);
    values.forEach((dated, i) => {
      checkValue(spec, dated.value, ['parameters', value.param, i, 'value'], ctx, true);
    });
    return;
  }
  const mismatch = () =>
    ctx.issues.push(
      issue(
        'value_type_mismatch',
        path,
        M.valueTypeMismatch(ctx.subject, describeSpec(spec), describeValue(value)),
      ),
    );
  switch (spec.kind) {
    case 'oneOf':
      checkValue(chooseOption(spec.options, value), value, path, ctx, inParam);
      return;
    case 'array':
      if (!Array.isArray(value)) return void mismatch();
      value.forEach((item, i) => {
        checkValue(spec.of, item, [...path, i], ctx, inParam);
      });
      return;
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return void mismatch();
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (!Object.hasOwn(spec.fields, key))
          ctx.issues.push(issue('unknown_key', [...path, key], M.unknownKey(key)));
      }
      for (const [key, field] of Object.entries(spec.fields)) {
        if (!Object.hasOwn(record, key)) {
          if (!field.optional) ctx.issues.push(issue('missing_key', [...path, key], M.missingKey(key)));
          continue;
        }
        checkValue(field.spec, record[key], [...path, key], ctx, inParam);
      }
      return;
    }
    default:
      if (!matchesScalar(spec, value)) mismatch();
  }
}

/** The parameter values in effect at a date, by name. */
export type ParametersAt = ReadonlyMap<string, DatedValue & { name: string }>;

/** Replaces every parameter reference in `value` by its value in `at`; records what was used. */
export function substituteParams(
  value: unknown,
  at: ParametersAt,
  used: (DatedValue & { name: string })[],
): unknown {
  if (isParamRef(value)) {
    const dated = at.get(value.param);
    if (!dated) throw new Error(`Parameter "${value.param}" was not resolved (programming error)`);
    used.push(dated);
    return structuredCloneJson(dated.value);
  }
  if (Array.isArray(value)) return value.map((item) => substituteParams(item, at, used));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, substituteParams(item, at, used)]),
    );
  }
  return value;
}

function structuredCloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structuredCloneJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structuredCloneJson(v)]));
  }
  return value;
}
