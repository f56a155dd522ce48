// The fast way through parseJsonText for text that is fine: the native JSON.parse first, then a
// check of the value it gave against everything the scanner (json-text.ts) would have refused —
// limits, numbers out of range, `__proto__` and keys given twice. The last is not in the value
// (JSON.parse keeps the last of two keys, silently), so the keys are counted twice: in the text and
// in the value. Whatever this check cannot vouch for goes to the scanner, which says where and why;
// a text this accepts is one the scanner accepts, read into the same value (property test in
// json-native.property.test.ts). Project default (docs/performance.md, "Twenty-ninth round").
import type { JsonLimits } from './json-limits';

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * How many object keys a JSON text can hold at most, counted without reading it: each `:` right
 * after a `"` that no backslash escapes (JSON whitespace between them allowed). In a text that is
 * JSON every key ends so, and only a string that begins with a colon adds one more — so the count
 * is never below the text's keys, and equals them in practice.
 */
export function keyEndsIn(text: string): number {
  let n = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    let q = at - 1;
    while (q >= 0 && isSpace(text.charCodeAt(q))) q--;
    if (text.charCodeAt(q) !== 0x22) continue;
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) n++;
  }
  return n;
}

/**
 * The keys of a value JSON.parse gave, or -1 when it breaks a limit or holds what the scanner
 * refuses (a number that is not finite, a `__proto__` key). Iterative: the value may be deep.
 */
function keysWithinLimits(value: unknown, limits: JsonLimits): number {
  const todo: unknown[] = [value];
  const depths: number[] = [0];
  let values = 0;
  let keys = 0;
  while (todo.length > 0) {
    const v = todo.pop();
    const depth = depths.pop() as number;
    if (++values > limits.maxValues) return -1;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return -1;
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= limits.maxDepth) return -1;
    if (Array.isArray(v)) {
      for (const x of v) {
        todo.push(x);
        depths.push(depth + 1);
      }
      continue;
    }
    for (const key in v) {
      if (key === '__proto__') return -1;
      keys++;
      todo.push((v as Record<string, unknown>)[key]);
      depths.push(depth + 1);
    }
  }
  return keys;
}

/**
 * The value of `text` (without a byte-order mark) when the native parser reads it and the scanner
 * would accept it under `limits`; `undefined` when only the scanner can tell (not JSON, a limit, a
 * refusal on purpose — or a string starting with a colon, which only costs the slow way).
 */
export function nativeJson(text: string, limits: JsonLimits): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const keys = keysWithinLimits(value, limits);
  return keys >= 0 && keys === keyEndsIn(text) ? { value } : undefined;
}
