// Texts set aside on disk (spool-files.ts): read back as written — also characters of several bytes
// across the pieces it reads —, as often as asked; nothing of them visible in the folder while they
// are held (unlinked once open), and the folder gone when closed.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpoolFiles } from './spool-files';

const joined = (data: unknown) => [...(data as () => Iterable<string>)()].join('');

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
    expect(readdirSync(parent)).toEqual([]);
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
