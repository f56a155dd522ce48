import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir } from '../cli/cli-test-kit';
import { readJsonFileInParts } from './index';

const open = (p: readonly (string | number)[]) => p.length < 2;
const code = (r: ReturnType<typeof readJsonFileInParts>) => (r.ok ? 'ok' : r.issues[0]?.code);

describe('readJsonFileInParts', () => {
  it('refuses a missing file, a directory and a file above the limit before reading it', () => {
    const dir = fixtureDir({ 'big.json': `[${'1,'.repeat(600)}1]` });
    mkdirSync(join(dir, 'sub.json'));
    expect(code(readJsonFileInParts(join(dir, 'missing.json'), { maxBytes: 1000, open }))).toBe(
      'file_not_found',
    );
    expect(code(readJsonFileInParts(join(dir, 'sub.json'), { maxBytes: 1000, open }))).toBe('not_a_file');
    const big = readJsonFileInParts(join(dir, 'big.json'), { maxBytes: 1000, open });
    expect(big.ok ? '' : big.issues[0]?.message.nl).toBe(
      'het bestand is 1,2 KiB, groter dan de 1000 bytes die voor dit soort bestand worden gelezen (projectkeuze)',
    );
    expect(readJsonFileInParts(join(dir, 'big.json'), { maxBytes: 2000, open })).toEqual({
      ok: true,
      value: [...Array(601).fill(1)],
    });
  });

  it('says where bytes that are not UTF-8 are: line, column and path of the part', () => {
    const dir = fixtureDir({});
    const path = join(dir, 'latin1.json');
    const head = Buffer.from('{"items": [\n  {"naam": "Jansen"},\n  {"naam": "S');
    writeFileSync(path, Buffer.concat([head, Buffer.from([0xfc]), Buffer.from('dwest"}\n]}')]));
    const r = readJsonFileInParts(path, { maxBytes: 1000, open: (p) => p.length < 2, chunkBytes: 8 });
    expect(r.ok).toBe(false);
    expect(r.ok ? undefined : r.issues[0]).toMatchObject({
      code: 'not_utf8',
      line: 3,
      column: 14,
      path: ['items'],
    });
  });

  it('reads a part larger than its window (the window grows), and refuses one above the length limit', () => {
    const long = 'x'.repeat(5000);
    const dir = fixtureDir({ 'a.json': JSON.stringify({ items: [{ text: long }, 2] }) });
    const path = join(dir, 'a.json');
    const read = (maxLength: number) =>
      readJsonFileInParts(path, {
        maxBytes: 1e6,
        open: (p) => p.length < 2,
        chunkBytes: 64,
        limits: { maxLength },
      });
    expect(read(10_000)).toEqual({ ok: true, value: { items: [{ text: long }, 2] } });
    const refused = read(1000);
    expect(refused.ok ? undefined : refused.issues[0]).toMatchObject({
      code: 'json_too_large',
      path: ['items', 0],
      line: 1,
      column: 11,
    });
  });

  it('ends a run of elements before one that is opened: its members are parts, each within the limit', () => {
    const [a, b] = ['x'.repeat(3000), 'y'.repeat(3000)];
    const dir = fixtureDir({ 'a.json': JSON.stringify({ items: [1, 'two', { a, b }, 4] }) });
    const r = readJsonFileInParts(join(dir, 'a.json'), {
      maxBytes: 1e6,
      open: (p) => p.length < 2 || (p.length === 2 && p[1] === 2),
      limits: { maxLength: 4000 },
    });
    expect(r).toEqual({ ok: true, value: { items: [1, 'two', { a, b }, 4] } });
  });

  it('counts nesting from the top of the document, opened containers included', () => {
    const dir = fixtureDir({ 'deep.json': '{"a": [[[1]]]}' });
    const path = join(dir, 'deep.json');
    for (const depth of [1, 2, 3]) {
      const read = (maxDepth: number) =>
        code(
          readJsonFileInParts(path, { maxBytes: 100, open: (p) => p.length < depth, limits: { maxDepth } }),
        );
      expect([read(3), read(4)]).toEqual(['json_too_deep', 'ok']);
    }
  });

  it('tells how far it has read, in bytes, up to the whole file', () => {
    const text = JSON.stringify({ items: Array.from({ length: 1000 }, (_, i) => ({ id: `s-${i}` })) });
    const dir = fixtureDir({ 'p.json': text });
    const told: number[] = [];
    const r = readJsonFileInParts(join(dir, 'p.json'), {
      maxBytes: 1e6,
      open: (p) => p.length < 2,
      chunkBytes: 512,
      onProgress: (read, bytes) => {
        expect(bytes).toBe(text.length);
        told.push(read);
      },
    });
    expect(r.ok).toBe(true);
    expect(told.length).toBeGreaterThan(5);
    expect(told).toEqual([...told].sort((a, b) => a - b));
    expect(told.at(-1)).toBe(text.length);
  });

  it('refuses what parseJsonText refuses in an opened object: a key twice, __proto__, text after the end', () => {
    const dir = fixtureDir({
      'twice.json': '{"a": 1,\n "a": 2}',
      'proto.json': '{"__proto__": {}}',
      'after.json': '{"a": 1} x',
      'empty.json': '',
    });
    const r = (name: string) => {
      const read = readJsonFileInParts(join(dir, name), { maxBytes: 100, open: () => true });
      return read.ok ? undefined : read.issues[0];
    };
    expect(r('twice.json')).toMatchObject({
      code: 'json_duplicate_key',
      path: ['a'],
      line: 2,
      column: 2,
    });
    expect(r('proto.json')?.code).toBe('forbidden_key');
    expect(r('after.json')?.message.en).toBe('Not JSON: expected the end of the text, found "x"');
    expect(r('empty.json')?.message.nl).toBe(
      'Geen JSON: verwacht een waarde, gevonden het einde van de tekst',
    );
  });
});
