// Indented JSON a piece at a time, for a value whose text is too large to be one string (a DDAS
// delivery of a national year is ~700 MB of text; a JavaScript string holds at most ~512 MiB): the
// same text as `JSON.stringify(value, null, indent)`, joined (json-pieces.property.test.ts).

/** Whether `v` is an array or plain object that JSON.stringify would walk as it is (no `toJSON`). */
function walked(v: unknown): v is unknown[] | Record<string, unknown> | JsonArrayTexts {
  if (typeof v !== 'object' || v === null) return false;
  if (v instanceof JsonArrayTexts) return true;
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
 * An array written beforehand ({@link JsonArrayTexts}) gives its pieces as they come: `P` is what
 * they may be besides text (`Uint8Array`: the UTF-8 of text read back from disk, see `OutputData`).
 *
 * @example
 * ```ts
 * import { jsonPieces } from '@signaalreis/adapters/output';
 * const delivery = { leveringen: [{ vroegsignalen: [{ id: 1 }, { id: 2 }] }] };
 * [...jsonPieces(delivery, 2, 3)].join('') === JSON.stringify(delivery, null, 2); // true
 * // the signals came as pieces of their own: '{\n        "id": 1\n      }', …
 * ```
 */
export function* jsonPieces<P = never>(
  value: unknown,
  indent = 2,
  depth = 4,
  onMember: () => void = () => {},
): Generator<string | P> {
  const space = Math.min(10, Math.max(1, Math.floor(indent)));
  yield* pieces(value, space, depth, '', onMember) as Generator<string | P>;
}

/**
 * An array whose elements were written as text beforehand ({@link jsonElementsText}), put by
 * {@link jsonPieces} where it sits (within the levels it opens: every level above it): `inside(inner)` gives the text between the brackets, its elements
 * indented with `inner` and joined by `,\n` + `inner`, in pieces of any size; `empty`: no element (`[]`).
 * Where the elements are too many to hold as values (a national year's signals, set aside on disk
 * a month at a time), the text around them is still that of `JSON.stringify(value, null, indent)`.
 *
 * @example
 * ```ts
 * import { JsonArrayTexts, jsonElementsText, jsonPieces } from '@signaalreis/adapters/output';
 * const months = [[{ id: 1 }], [{ id: 2 }, { id: 3 }]]; // each month's elements, written on their own
 * const texts = months.map((m) => [...jsonElementsText(m, 2, '    ')].join(''));
 * const ids = new JsonArrayTexts(false, (inner) => [texts.join(`,\n${inner}`)]);
 * [...jsonPieces({ a: { ids } }, 2, 3)].join('') === JSON.stringify({ a: { ids: months.flat() } }, null, 2); // true
 * ```
 */
export class JsonArrayTexts<P = string> {
  /**
   * @param empty - whether the array has no element
   * @param inside - the text between the brackets, given the indentation of its elements
   */
  constructor(
    readonly empty: boolean,
    readonly inside: (inner: string) => Iterable<string | P>,
  ) {}

  /** Refuses to be written as a value: it must sit within the levels {@link jsonPieces} opens (or be its value). */
  toJSON(): never {
    throw new Error('a JsonArrayTexts below the opened levels of jsonPieces cannot be written');
  }
}

/**
 * The text of `values` as the elements of an array whose elements are indented with `inner` (the
 * text between the brackets, see {@link JsonArrayTexts}): a piece per element, each as
 * `JSON.stringify(element, null, indent)` indented where it sits, the second and later preceded by
 * `,\n` and `inner` (an element JSON.stringify gives no text for is `null`, as in an array).
 *
 * @example
 * ```ts
 * import { jsonElementsText } from '@signaalreis/adapters/output';
 * [...jsonElementsText([{ id: 1 }, undefined], 2, '    ')];
 * // ['{\n      "id": 1\n    }', ',\n    null']: each element indented where it sits, the second after its separator
 * ```
 */
export function* jsonElementsText(
  values: Iterable<unknown>,
  indent: number,
  inner: string,
): Generator<string> {
  const space = Math.min(10, Math.max(1, Math.floor(indent)));
  let first = true;
  for (const value of values) {
    const text = leaf(value, space, inner) ?? 'null';
    yield first ? text : `,\n${inner}${text}`;
    first = false;
  }
}

/** Whether a member of a level opened at `depth` is opened too (an array written beforehand always is). */
const opened = (member: unknown, depth: number) =>
  member instanceof JsonArrayTexts || (depth > 1 && walked(member));

function* pieces(
  value: unknown,
  space: number,
  depth: number,
  pad: string,
  onMember: () => void,
): Generator<unknown> {
  if (!(value instanceof JsonArrayTexts) && (depth <= 0 || !walked(value))) {
    const text = leaf(value, space, pad);
    if (text !== undefined) yield text;
    return;
  }
  const inner = pad + ' '.repeat(space);
  if (value instanceof JsonArrayTexts) {
    if (value.empty) return void (yield '[]');
    yield `[\n${inner}`;
    yield* value.inside(inner);
    yield `\n${pad}]`;
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return void (yield '[]');
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '[' : ','}\n${inner}`;
      // undefined, a function or a symbol in an array (or a hole) is null
      if (opened(value[i], depth)) yield* pieces(value[i], space, depth - 1, inner, onMember);
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
    const open = opened(member, depth);
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
