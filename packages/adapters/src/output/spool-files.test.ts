// Texts set aside on disk (spool-files.ts): read back as written, as their bytes — also characters of
// several bytes across the pieces it reads —, as often as asked; nothing of them visible in the folder while they
// are held (unlinked once open), and the folder gone when closed.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpoolFiles } from './spool-files';

const joined = (data: () => Iterable<Uint8Array>) => Buffer.concat([...data()]).toString('utf8');

describe('texts set aside on disk', () => {
  it('reads back what was written, piece by piece, as often as asked; leaves nothing behind', () => {
    const parent = join(mkdtempSync(join(tmpdir(), 'signaalreis-spool-test-')), 'not-yet');
    const opened = SpoolFiles.open(parent, 'out');
    if (!opened.ok) throw new Error('not opened');
    const spool = opened.value;
    // 1 MiB pieces: a two- and three-byte character falls across their edges
    const text = 'aé€'.repeat(400_000);
    spool.add('a.json', text);
    spool.add('b.json', function* () {
      yield 'x';
      yield '€'.repeat(10);
    });
    expect(readdirSync(parent).map((f) => readdirSync(join(parent, f)))).toEqual([[]]);
    expect(joined(spool.data('a.json'))).toBe(text);
    expect(joined(spool.data('a.json'))).toBe(text);
    expect(joined(spool.data('b.json'))).toBe(`x${'€'.repeat(10)}`);
    expect(() => spool.data('c.json')).toThrow();
    spool.close();
    // the folder open made, with nothing else written into it, is gone too
    expect(existsSync(parent)).toBe(false);
    expect(existsSync(dirname(parent))).toBe(true);
  });

  it('holds thousands of texts in one file (no limit of open files), each read back whole, in any order', () => {
    const opened = SpoolFiles.open(mkdtempSync(join(tmpdir(), 'signaalreis-spool-test-')), 'out');
    if (!opened.ok) throw new Error('not opened');
    const spool = opened.value;
    const n = 5000; // a platform's year: 200 municipalities × 12 months × 2 lists = 4,800
    for (let i = 0; i < n; i++) spool.add(`t${i}`, i % 7 === 0 ? '' : `${i}-€`.repeat(i % 13));
    for (const i of [4999, 0, 7, 2500, 1])
      expect(joined(spool.data(`t${i}`))).toBe(i % 7 === 0 ? '' : `${i}-€`.repeat(i % 13));
    expect(spool.bytes('t1')).toBe(Buffer.byteLength('1-€'));
    expect(spool.bytes('nope')).toBe(0);
    expect(() => spool.add('t1', 'again')).toThrow(/twice/);
    spool.close();
  });

  it('keeps the folders it made when the command wrote into them; removes those it made and left empty, not others', () => {
    const root = mkdtempSync(join(tmpdir(), 'signaalreis-spool-test-'));
    const kept = SpoolFiles.open(join(root, 'out', 'ddas'), 'out/ddas');
    if (!kept.ok) throw new Error('not opened');
    writeFileSync(join(root, 'out', 'ddas', 'delivery.json'), '{}');
    kept.value.close();
    expect(readdirSync(join(root, 'out', 'ddas'))).toEqual(['delivery.json']);
    // deeper folders made for a refused command: all removed, up to the one that was there
    const refused = SpoolFiles.open(join(root, 'out', 'a', 'b', 'c'), 'out/a/b/c');
    if (!refused.ok) throw new Error('not opened');
    refused.value.close();
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['ddas']);
    // a folder that was there before is never removed, even empty
    mkdirSync(join(root, 'empty'));
    const there = SpoolFiles.open(join(root, 'empty'), 'empty');
    if (!there.ok) throw new Error('not opened');
    there.value.close();
    expect(readdirSync(join(root, 'empty'))).toEqual([]);
  });

  it('a folder that cannot be made: write_failed with the system code, for the folder as written', () => {
    const r = SpoolFiles.open('/proc/version/x', 'out/ddas');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect([r.issues[0]?.code, r.issues[0]?.message.nl]).toEqual([
        'write_failed',
        expect.stringContaining('out/ddas'),
      ]);
  });
});
