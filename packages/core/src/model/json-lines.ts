// The line each value of a JSON text starts on, by path: so that a problem found in the value (a
// path such as `['teams', 1, 'id']`) can also name its line in the text, as a problem of the text
// itself does. The same scanner as parseJsonText (no recursion, no Node built-ins).
import type { IssuePath } from './issue';
import { JSON_LIMITS } from './json-limits';
import { type Frame, pathOf, scan } from './json-text';

const keyOf = (path: IssuePath) => JSON.stringify(path);

/**
 * A lookup of the line (from 1) on which the value at a path starts in a JSON text; `undefined`
 * for a path the text does not hold, and for every path of a text that is not JSON (read it with
 * `parseJsonText` first: that names the line of the problem).
 *
 * @example
 * ```ts
 * import { jsonLines } from '@signaalreis/core';
 * const lineOf = jsonLines('{\n  "teams": [\n    { "id": "x" }\n  ]\n}');
 * lineOf(['teams', 0, 'id']); // 3
 * lineOf(['teams', 1]); // undefined
 * ```
 */
export function jsonLines(text: string): (path: IssuePath) => number | undefined {
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;
  let at = 0;
  const lineAt = (offset: number) => {
    for (; at < offset; at++) if (text.charCodeAt(at) === 0x0a) line++;
    return line;
  };
  try {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    scan(text, start, JSON_LIMITS, stack, (offset) => lines.set(keyOf(pathOf(stack)), lineAt(offset)));
  } catch {
    lines.clear();
  }
  return (path) => lines.get(keyOf(path));
}
