// Test-only fast-check arbitraries (not exported from the package): a valid JSON document with one
// to three random changes (a value replaced by any JSON value, a key removed, a key added), so that
// loaders meet realistic broken input near the valid form, not only noise. The values are what
// JSON.parse can produce (no Infinity, no `__proto__` key: those are the JSON limits' concern,
// model/json-value.ts).
import { fc } from '@fast-check/vitest';

type Json = unknown;
type Path = (string | number)[];

/** Every path to a node of `doc` (the root is `[]`). */
function pathsOf(doc: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(doc)) {
    doc.forEach((item, i) => {
      pathsOf(item, [...at, i], out);
    });
  } else if (doc !== null && typeof doc === 'object')
    for (const [key, value] of Object.entries(doc)) pathsOf(value, [...at, key], out);
  return out;
}

/** A change at one node: replace it, remove it from its parent, or add a key to it. */
type Change =
  | { kind: 'replace'; value: Json }
  | { kind: 'remove' }
  | { kind: 'add'; key: string; value: Json };

const valueArb: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', 'x', '2026-13-01', '2026-10-26', -1, 0, 1.5, 1e300, null, [], {}, { param: 'nope' }),
);
const changeArb: fc.Arbitrary<Change> = fc.oneof(
  { weight: 3, arbitrary: valueArb.map((value) => ({ kind: 'replace' as const, value })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'remove' as const }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('label', 'nl', 'extra', 'when', 'value', 'constructor'), valueArb)
      .map(([key, value]) => ({ kind: 'add' as const, key, value })),
  },
);

function apply(doc: Json, path: Path, change: Change): Json {
  if (path.length === 0) {
    if (change.kind === 'replace') return change.value;
    if (change.kind === 'add' && doc !== null && typeof doc === 'object' && !Array.isArray(doc))
      return Object.defineProperty({ ...doc }, change.key, { value: change.value, enumerable: true });
    return doc;
  }
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(doc)) {
    const copy = [...doc];
    if (rest.length === 0 && change.kind === 'remove') copy.splice(head as number, 1);
    else copy[head as number] = apply(copy[head as number], rest, change);
    return copy;
  }
  const record = { ...(doc as Record<string, Json>) };
  if (rest.length === 0 && change.kind === 'remove') delete record[head as string];
  else record[head as string] = apply(record[head as string], rest, change);
  return record;
}

/**
 * `doc` with one to three random changes at random nodes.
 *
 * @example
 * ```ts
 * test.prop([mutated(table)])('never throws', (input) => { loadRuleTable(input); });
 * ```
 */
export function mutated(doc: Json): fc.Arbitrary<Json> {
  const paths = pathsOf(doc);
  const one = fc.tuple(fc.constantFrom(...paths), changeArb);
  return fc
    .array(one, { minLength: 1, maxLength: 3 })
    .map((changes) => changes.reduce((d, [path, change]) => apply(d, path, change), doc));
}
