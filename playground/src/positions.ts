// Where each JSON value and key of a text is: a map from JSON pointer (`/routing/capacity/0`) to
// character ranges, from the Lezer JSON parser that CodeMirror's JSON mode uses. It tolerates
// syntax errors, so problems can be placed while the text is being typed.

import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/json';

/** The range of a value, and of its key when it is an object member. */
export interface JsonPosition {
  valueFrom: number;
  valueTo: number;
  keyFrom?: number;
  keyTo?: number;
}

/** JSON pointer of a path (`['routing', 'capacity', 0]` → `/routing/capacity/0`), RFC 6901 escaping. */
export const pointerOf = (path: readonly (string | number)[]): string =>
  path.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

const VALUES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

function keyName(text: string, node: SyntaxNode): string {
  const raw = text.slice(node.from, node.to);
  try {
    const name = JSON.parse(raw);
    return typeof name === 'string' ? name : raw;
  } catch {
    return raw.replace(/^"|"$/g, '');
  }
}

function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

function visit(text: string, node: SyntaxNode, pointer: string, out: Map<string, JsonPosition>): void {
  if (node.name === 'Object') {
    for (const prop of children(node).filter((c) => c.name === 'Property')) {
      const name = prop.getChild('PropertyName');
      if (!name) continue;
      const value = children(prop).find((c) => VALUES.has(c.name));
      const at = `${pointer}${pointerOf([keyName(text, name)])}`;
      out.set(at, {
        keyFrom: name.from,
        keyTo: name.to,
        valueFrom: value?.from ?? name.from,
        valueTo: value?.to ?? name.to,
      });
      if (value) visit(text, value, at, out);
    }
  } else if (node.name === 'Array') {
    children(node)
      .filter((c) => VALUES.has(c.name))
      .forEach((item, i) => {
        const at = `${pointer}/${i}`;
        out.set(at, { valueFrom: item.from, valueTo: item.to });
        visit(text, item, at, out);
      });
  }
}

/**
 * Every key and value of a JSON text by JSON pointer; the root is `''`. Duplicate keys keep the
 * last one, as JSON.parse would.
 */
export function jsonPositions(text: string): Map<string, JsonPosition> {
  const out = new Map<string, JsonPosition>();
  const top = parser.parse(text).topNode;
  const root = children(top).find((c) => VALUES.has(c.name));
  if (!root) return out;
  out.set('', { valueFrom: root.from, valueTo: root.to });
  visit(text, root, '', out);
  return out;
}

/**
 * The range to mark for a problem at `path`: the key (for a problem with the key itself, such as
 * an unknown key) or the value at that path; when the path is not in the text (e.g. a value
 * inherited through `extends`), the nearest enclosing key that is. `exact` says which.
 */
export function locate(
  positions: Map<string, JsonPosition>,
  path: readonly (string | number)[],
  onKey = false,
): { from: number; to: number; exact: boolean } {
  for (let n = path.length; n >= 0; n--) {
    const p = positions.get(pointerOf(path.slice(0, n)));
    if (!p) continue;
    const key = (onKey || n < path.length) && p.keyFrom !== undefined && p.keyTo !== undefined;
    if (key) return { from: p.keyFrom as number, to: p.keyTo as number, exact: n === path.length };
    // the root object: mark its first character only, not the whole text
    if (n === 0)
      return { from: p.valueFrom, to: Math.min(p.valueFrom + 1, p.valueTo), exact: n === path.length };
    return { from: p.valueFrom, to: p.valueTo, exact: n === path.length };
  }
  return { from: 0, to: 0, exact: false };
}

/** Offset of a 1-based line and column in `text` (clamped to the text). */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + Math.max(column - 1, 0), text.length);
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
