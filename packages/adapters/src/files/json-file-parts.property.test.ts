// readJsonFileInParts against readJsonFile, which reads the whole text with parseJsonText: for any
// JSON text (compact or indented, with non-ASCII text, escapes, a byte-order mark), any containers
// opened and any size of the window, the same value; for a text spoilt by one change (a character
// left out, added or replaced), a refusal where the whole read refuses, with the same code, line,
// column and JSON path — the first problem in the order of the text either way.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { readJsonFileInParts } from './json-file-parts';
import { readJsonFile } from './read-json-file';

const dir = mkdtempSync(join(tmpdir(), 'signaalreis-parts-prop-'));
let n = 0;
const file = (text: string) => {
  const path = join(dir, `f${n++}.json`);
  writeFileSync(path, text);
  return path;
};

const MAX = 1 << 20;
/** The outcome as both readers can be compared: the value, or the first problem and where. */
const outcome = (r: ReturnType<typeof readJsonFile>) =>
  r.ok
    ? { value: r.value }
    : r.issues.map((i) => {
        const at = i as typeof i & { line?: number; column?: number };
        return { code: i.code, path: i.path, line: at.line, column: at.column };
      });

const value = fc.jsonValue({ maxDepth: 4 });
/** Which containers are opened: by depth, by the last key or index, or none. */
const opener = fc.oneof(
  fc.integer({ min: 0, max: 5 }).map((d) => (p: readonly (string | number)[]) => p.length < d),
  fc.constant(() => true),
  fc.constant(() => false),
  fc.integer({ min: 0, max: 3 }).map((k) => (p: readonly (string | number)[]) => p.length % 2 === k % 2),
);
const layout = fc.oneof(fc.constant(undefined), fc.constant(2), fc.constant('\t'));
const chunk = fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(1 << 16));

/** A value both readers take: a `__proto__` key is refused by both, alike (the spoilt-text property's kind). */
const readable = value.filter((v) => !JSON.stringify(v).includes('"__proto__"'));

test.prop([readable, layout, fc.boolean(), opener, chunk], { numRuns: 300 })(
  'any JSON text: the value the whole text gives',
  (v, space, bom, open, chunkBytes) => {
    const path = file(`${bom ? '\uFEFF' : ''}${JSON.stringify(v, null, space)}`);
    const r = readJsonFileInParts(path, { maxBytes: MAX, open, chunkBytes });
    const whole = readJsonFile(path, { maxBytes: MAX });
    expect(whole.ok).toBe(true);
    expect(r).toEqual(whole);
  },
);

const CHARS = ['"', '\\', ',', ':', '{', '}', '[', ']', ' ', '\n', 'é', '1', 'e400', '"a"', '-', '\u0001'];
test.prop(
  [
    value.filter((v) => typeof v === 'object' && v !== null),
    layout,
    opener,
    chunk,
    fc.nat(),
    fc.constantFrom('drop', 'add', 'replace'),
    fc.constantFrom(...CHARS),
  ],
  { numRuns: 500 },
)(
  'a spoilt text: refused where the whole text is, with the same problem',
  (v, space, open, chunkBytes, at, how, c) => {
    const text = JSON.stringify(v, null, space);
    const k = at % (text.length + 1);
    const spoilt =
      how === 'drop'
        ? text.slice(0, k) + text.slice(k + 1)
        : text.slice(0, k) + c + text.slice(k + (how === 'replace' ? 1 : 0));
    const path = file(spoilt);
    const whole = outcome(readJsonFile(path, { maxBytes: MAX }));
    expect(outcome(readJsonFileInParts(path, { maxBytes: MAX, open, chunkBytes }))).toEqual(whole);
  },
);

test.prop([fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 30 }), fc.integer({ min: 1, max: 6 })])(
  'duplicate keys and __proto__ in an opened object: the same problem as the whole text',
  (items, depth) => {
    const inner = JSON.stringify({ items });
    const text = `{"a": ${inner}, "b": 1, "${depth % 2 ? 'a' : '__proto__'}": 2}`;
    const path = file(text);
    const r = readJsonFileInParts(path, { maxBytes: MAX, open: (p) => p.length < depth });
    expect(outcome(r)).toEqual(outcome(readJsonFile(path, { maxBytes: MAX })));
  },
);

test('a `__proto__` key: refused by both readers alike, opened or not (seen once in CI, seed 357635331)', () => {
  const path = file('{"a":[1,{"__proto__":0}]}');
  const whole = readJsonFile(path, { maxBytes: MAX });
  expect(whole.ok).toBe(false);
  for (const open of [() => true, () => false])
    expect(outcome(readJsonFileInParts(path, { maxBytes: MAX, open, chunkBytes: 1 }))).toEqual(
      outcome(whole),
    );
});

type Path = readonly (string | number)[];
/** The value with every handed array (opened, and `at` says so) filled again from what was handed. */
function refill(
  v: unknown,
  path: Path,
  handed: Map<string, unknown[]>,
  isHanded: (p: Path) => boolean,
): unknown {
  if (Array.isArray(v)) {
    let items = v;
    if (isHanded(path)) {
      expect(v).toEqual([]); // a handed array is empty in the value
      items = handed.get(JSON.stringify(path)) ?? [];
    }
    return items.map((e, i) => refill(e, [...path, i], handed, isHanded));
  }
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(
    Object.entries(v).map(([k, e]) => [k, refill(e, [...path, k], handed, isHanded)]),
  );
}

test.prop([readable, layout, opener, opener, chunk], { numRuns: 300 })(
  'arrays handed over: every element once, in order, and the value without them — together the whole value',
  (v, space, open, handAt, chunkBytes) => {
    const path = file(JSON.stringify(v, null, space));
    const handed = new Map<string, unknown[]>();
    const ended = new Map<string, number>();
    const members: [Path, string, unknown][] = [];
    const r = readJsonFileInParts(path, {
      maxBytes: MAX,
      open,
      chunkBytes,
      hand: {
        at: handAt,
        element: (p, i, e) => {
          const list = handed.get(JSON.stringify(p)) ?? [];
          expect(i).toBe(list.length); // in order, none twice
          handed.set(JSON.stringify(p), [...list, e]);
        },
        end: (p, n) => ended.set(JSON.stringify(p), n),
      },
      onMember: (p, k, e) => members.push([p, k, e]),
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    for (const [p, n] of ended) expect(handed.get(p)?.length ?? 0).toBe(n);
    for (const p of handed.keys()) expect(ended.has(p)).toBe(true);
    const whole = readJsonFile(path, { maxBytes: MAX });
    // handed: opened, `at` says so, and inside containers that were opened (walked by the reader)
    const isHanded = (p: Path) => p.every((_, k) => open(p.slice(0, k))) && open(p) && handAt(p);
    expect(whole.ok && refill(r.value, [], handed, isHanded)).toEqual(whole.ok && whole.value);
    // each member of an opened object is told once, as the object holds it
    const seen = new Set(members.map(([p, k]) => JSON.stringify([...p, k])));
    expect(seen.size).toBe(members.length);
  },
);

test('a handed array with a problem: refused with its place, after at most the elements before it', () => {
  const path = file('{"items": [1, {"a": 2}, 3,, 4]}');
  const got: unknown[] = [];
  const r = readJsonFileInParts(path, {
    maxBytes: MAX,
    open: (p) => p.length < 2,
    hand: { at: (p) => p[0] === 'items', element: (_, __, e) => got.push(e) },
  });
  expect(outcome(r)).toEqual(outcome(readJsonFile(path, { maxBytes: MAX })));
  // elements are read a run at a time: those of the run with the problem are not handed
  expect([1, { a: 2 }, 3].slice(0, got.length)).toEqual(got);
});
