// Reading untrusted JSON text: one iterative pass checks the syntax and the limits (nesting,
// number of values, length), refuses what JSON.parse would silently accept or change (numbers
// that become Infinity, duplicate keys of which only the last is kept, `__proto__` keys), and
// reports the first problem with its line, column and JSON path. Text that is fine goes the fast
// way (json-native.ts: the native JSON.parse, its value checked); the scanner reads the rest. No
// recursion over the input, no Node built-ins (runs in a browser).

import type { Issue } from './issue';
import { JSON_LIMITS, type JsonLimits, JSON_MESSAGES as MESSAGES, positionAt } from './json-limits';
import { nativeJson } from './json-native';
import { excerpt } from './redact';
import type { Bilingual } from './text';

/**
 * A problem in a JSON text: an {@link Issue} (the path is where in the document the scanner was)
 * with the line and column (from 1) and the character offset (from 0) it was found at.
 *
 * @example
 * ```ts
 * import { parseJsonText } from '@signaalreis/core';
 * const r = parseJsonText('{"a": [1, 2,]}');
 * if (!r.ok) r.issues[0]; // { code: 'json_syntax', path: ['a', 2], line: 1, column: 13, offset: 12, message: 'Not JSON: expected a value, found "]"' }
 * ```
 */
export interface JsonTextIssue extends Issue {
  line: number;
  column: number;
  offset: number;
}

/**
 * What {@link parseJsonText} gives: the value, or the problem that stopped it (one issue: reading
 * stops at the first problem, as every later position would be guesswork).
 *
 * @example
 * ```ts
 * import { parseJsonText, type JsonTextResult } from '@signaalreis/core';
 * const r: JsonTextResult = parseJsonText('[1, 2]');
 * r.ok && r.value; // [1, 2]
 * ```
 */
export type JsonTextResult = { ok: true; value: unknown } | { ok: false; issues: JsonTextIssue[] };

/** Where the scanner is: an open object (with the key being read) or array (with the index). */
export type Frame = { kind: 'object'; keys: Set<string>; key?: string } | { kind: 'array'; index: number };
/** What the scanner expects next ("after": a value ended; then "," or the closing bracket). */
type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after';

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const LITERALS = ['true', 'false', 'null'];
const ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);

class Stop {
  constructor(
    readonly code: string,
    readonly offset: number,
    readonly message: Bilingual,
  ) {}
}

/** The character at `at`, quoted and escaped, for a message. */
function describe(text: string, at: number): string {
  if (at >= text.length) return MESSAGES.end;
  return excerpt(JSON.stringify(String.fromCodePoint(text.codePointAt(at) ?? 0)));
}

/** The offset after the string that starts at `start` (a `"`). */
function scanString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20)
      throw new Stop(
        'json_syntax',
        i,
        MESSAGES.syntax('a closing quote or an escape such as \\n', describe(text, i)),
      );
    if (c !== 0x5c) continue;
    const e = text.charCodeAt(i + 1);
    if (ESCAPES.has(e)) i++;
    else if (e === 0x75 && [2, 3, 4, 5].every((k) => isHex(text.charCodeAt(i + k)))) i += 5;
    else
      throw new Stop(
        'json_syntax',
        i,
        MESSAGES.syntax('an escape such as \\n or \\u00e9', describe(text, i)),
      );
  }
  throw new Stop(
    'json_syntax',
    text.length,
    MESSAGES.syntax('the closing quote of the string', MESSAGES.end),
  );
}

/** The offset after the number that starts at `start`; throws unless it is finite. */
function scanNumber(text: string, start: number): number {
  let i = start;
  const digits = (what: string) => {
    if (!isDigit(text.charCodeAt(i)))
      throw new Stop('json_syntax', i, MESSAGES.syntax(what, describe(text, i)));
    while (isDigit(text.charCodeAt(i))) i++;
  };
  if (text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x30) i++;
  else digits('a digit');
  if (text.charCodeAt(i) === 0x2e) {
    i++;
    digits('a digit after the decimal point');
  }
  if ((text.charCodeAt(i) | 0x20) === 0x65) {
    i++;
    if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++;
    digits('a digit in the exponent');
  }
  const token = text.slice(start, i);
  const read = Number(token);
  if (!Number.isFinite(read))
    throw new Stop('json_number_out_of_range', start, MESSAGES.number(excerpt(token), read));
  return i;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

/**
 * Checks the whole text; throws a {@link Stop} at the first problem. `onValue` is told the offset
 * where each value starts, with `stack` describing where it is (see json-lines.ts).
 */
export function scan(
  text: string,
  start: number,
  limits: JsonLimits,
  stack: Frame[],
  onValue?: (offset: number) => void,
): void {
  let state: State = 'value';
  let values = 0;
  let i = start;
  const fail = (expected: string): never => {
    throw new Stop('json_syntax', i, MESSAGES.syntax(expected, describe(text, i)));
  };
  for (;;) {
    i = skipSpace(text, i);
    const top = stack[stack.length - 1];
    if (state === 'after') {
      if (top === undefined) {
        if (i < text.length) fail(MESSAGES.end);
        return;
      }
      const c = text.charCodeAt(i);
      const close = top.kind === 'array' ? 0x5d : 0x7d;
      if (c === 0x2c) {
        if (top.kind === 'array') top.index++;
        else top.key = undefined;
        state = top.kind === 'array' ? 'value' : 'key';
      } else if (c === close) stack.pop();
      else fail(top.kind === 'array' ? '"," or "]"' : '"," or "}"');
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (state === 'colon') {
      if (c !== 0x3a) fail('":"');
      state = 'value';
      i++;
      continue;
    }
    if (state === 'key' || state === 'key-or-close') {
      if (state === 'key-or-close' && c === 0x7d) {
        stack.pop();
        state = 'after';
        i++;
        continue;
      }
      if (c !== 0x22 || top?.kind !== 'object') {
        fail('a key in double quotes');
        return;
      }
      const end = scanString(text, i);
      const raw = text.slice(i + 1, end - 1);
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      const duplicate = top.keys.has(key);
      top.key = key;
      if (key === '__proto__') throw new Stop('forbidden_key', i, MESSAGES.proto);
      if (duplicate) throw new Stop('json_duplicate_key', i, MESSAGES.duplicate(excerpt(key)));
      top.keys.add(key);
      state = 'colon';
      i = end;
      continue;
    }
    // a value is expected (or, right after "[", the end of the array)
    if (state === 'value-or-close' && c === 0x5d) {
      stack.pop();
      state = 'after';
      i++;
      continue;
    }
    if (++values > limits.maxValues) throw new Stop('json_too_large', i, MESSAGES.tooMany(limits.maxValues));
    onValue?.(i);
    if (c === 0x7b || c === 0x5b) {
      if (stack.length >= limits.maxDepth)
        throw new Stop('json_too_deep', i, MESSAGES.tooDeep(limits.maxDepth));
      stack.push(c === 0x7b ? { kind: 'object', keys: new Set() } : { kind: 'array', index: 0 });
      state = c === 0x7b ? 'key-or-close' : 'value-or-close';
      i++;
      continue;
    }
    if (c === 0x22) i = scanString(text, i);
    else if (c === 0x2d || isDigit(c)) i = scanNumber(text, i);
    else {
      const word = LITERALS.find((w) => text.startsWith(w, i));
      if (word === undefined) fail('a value');
      else i += word.length;
    }
    state = 'after';
  }
}

/** The JSON path of the scanner's position. */
export function pathOf(stack: readonly Frame[]): (string | number)[] {
  const path: (string | number)[] = [];
  for (const f of stack) {
    if (f.kind === 'array') path.push(f.index);
    else if (f.key !== undefined) path.push(f.key);
  }
  return path;
}

/**
 * Reads untrusted JSON text into a value, or says where and why not. Unlike `JSON.parse` it
 * never throws, never recurses (a document nested 100,000 levels deep is refused, not a stack
 * overflow later), reports line and column instead of an offset, and refuses what `JSON.parse`
 * would quietly accept: numbers such as `1e400` that become `Infinity`, a key given twice (only
 * the last would count), and the key `__proto__`. Limits default to {@link JSON_LIMITS}. A
 * byte-order mark at the start is skipped. Issue codes: `json_syntax`, `json_too_deep`,
 * `json_too_large`, `json_number_out_of_range`, `json_duplicate_key`, `forbidden_key`.
 *
 * @example
 * ```ts
 * import { parseJsonText } from '@signaalreis/core';
 * parseJsonText('{"amountCents": 1e400}');
 * // { ok: false, issues: [{ code: 'json_number_out_of_range', path: ['amountCents'], line: 1, column: 17, … }] }
 * parseJsonText('[[[1]]]', { maxDepth: 2 }).ok; // false: json_too_deep at line 1, column 3
 * ```
 */
export function parseJsonText(text: string, limits: Partial<JsonLimits> = {}): JsonTextResult {
  return readJsonText(text, limits, true);
}

/**
 * {@link parseJsonText} by the scanner alone, without the native fast way (internal: the property
 * test's reference for the fast way, json-native.property.test.ts).
 */
export function scanJsonText(text: string, limits: Partial<JsonLimits> = {}): JsonTextResult {
  return readJsonText(text, limits, false);
}

function readJsonText(text: string, limits: Partial<JsonLimits>, native: boolean): JsonTextResult {
  const stop = (s: Stop, path: (string | number)[]): JsonTextResult => ({
    ok: false,
    issues: [{ code: s.code, path, message: s.message, offset: s.offset, ...positionAt(text, s.offset) }],
  });
  if (typeof text !== 'string') {
    const message = MESSAGES.syntax('a text', typeof text);
    return { ok: false, issues: [{ code: 'json_syntax', path: [], message, offset: 0, line: 1, column: 1 }] };
  }
  const all: JsonLimits = { ...JSON_LIMITS, ...limits };
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.length > all.maxLength)
    return stop(new Stop('json_too_large', 0, MESSAGES.tooLong(text.length, all.maxLength)), []);
  const body = start === 0 ? text : text.slice(start);
  // Text that is fine (nearly all of it) is read natively and its value checked; the scanner reads
  // the rest, to say where and why (json-native.ts). A national case file: ~5× faster.
  const quick = native ? nativeJson(body, all) : undefined;
  if (quick) return { ok: true, value: quick.value };
  const stack: Frame[] = [];
  try {
    scan(text, start, all, stack);
  } catch (error) {
    if (error instanceof Stop) return stop(error, pathOf(stack));
    throw error;
  }
  return { ok: true, value: JSON.parse(body) };
}
