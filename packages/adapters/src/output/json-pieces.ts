// Indented JSON a piece at a time, for a value whose text is too large to be one string (a DDAS
// delivery of a national year is ~700 MB of text; a JavaScript string holds at most ~512 MiB): the
// same text as `JSON.stringify(value, null, indent)`, joined (json-pieces.property.test.ts).

/** Whether `v` is an array or plain object that JSON.stringify would walk as it is (no `toJSON`). */
function walked(v: unknown): v is unknown[] | Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * The text of `JSON.stringify(value, null, indent)`, a piece at a time: the arrays and objects of
 * the first `depth` levels are opened here, and each member below them is one piece, stringified on
 * its own and indented where it sits — so a delivery of a million signals is never one string.
 * Joined, the pieces are exactly `JSON.stringify(value, null, indent)` (`indent` 1–10 spaces; a
 * value JSON.stringify gives no text for, such as `undefined`, gives no pieces; a `toJSON` method
 * below the opened levels is called without its key, which only a method that reads it would notice).
 * `onMember` is called after each member below the opened levels has been given as its piece (for a
 * delivery: each signal and case, and the few fields beside them) — to show how far the writing is.
 *
 * @example
 * ```ts
 * import { jsonPieces } from '@signaalreis/adapters/output';
 * const delivery = { leveringen: [{ vroegsignalen: [{ id: 1 }, { id: 2 }] }] };
 * [...jsonPieces(delivery, 2, 3)].join('') === JSON.stringify(delivery, null, 2); // true
 * // the signals came as pieces of their own: '{\n        "id": 1\n      }', …
 * ```
 */
export function* jsonPieces(
  value: unknown,
  indent = 2,
  depth = 4,
  onMember: () => void = () => {},
): Generator<string> {
  const space = Math.min(10, Math.max(1, Math.floor(indent)));
  yield* pieces(value, space, depth, '', onMember);
}

function* pieces(
  value: unknown,
  space: number,
  depth: number,
  pad: string,
  onMember: () => void,
): Generator<string> {
  if (depth <= 0 || !walked(value)) {
    const text = leaf(value, space, pad);
    if (text !== undefined) yield text;
    return;
  }
  const inner = pad + ' '.repeat(space);
  if (Array.isArray(value)) {
    if (value.length === 0) return void (yield '[]');
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '[' : ','}\n${inner}`;
      // undefined, a function or a symbol in an array (or a hole) is null
      if (depth > 1 && walked(value[i])) yield* pieces(value[i], space, depth - 1, inner, onMember);
      else {
        yield leaf(value[i], space, inner) ?? 'null';
        onMember();
      }
    }
    yield `\n${pad}]`;
    return;
  }
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    const open = depth > 1 && walked(member);
    const text = open ? undefined : leaf(member, space, inner);
    if (!open && text === undefined) continue; // undefined, a function or a symbol: left out
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    if (open) yield* pieces(member, space, depth - 1, inner, onMember);
    else {
      yield text as string;
      onMember();
    }
    first = false;
  }
  yield first ? '{}' : `\n${pad}}`;
}

/** The text of a value stringified whole, indented to sit at `pad` (undefined: no text). */
function leaf(value: unknown, space: number, pad: string): string | undefined {
  const text = JSON.stringify(value, null, space);
  // (JSON text has no line break but those of its indentation: strings hold theirs escaped)
  return text === undefined || pad === '' ? text : text.replaceAll('\n', `\n${pad}`);
}
