// flushFiles: every file flushed, in threads from FLUSH_IN_THREADS_FROM files on; a file that
// cannot be flushed is the call's error, below and above that number; and an output folder of many
// files is written and swapped in whole through it.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLUSH_IN_THREADS_FROM, flushFiles } from './flush-files';
import { writeOutputFolder } from './output-folder';

const folder = () => mkdtempSync(join(tmpdir(), 'signaalreis-flush-'));

function files(dir: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const path = join(dir, `f-${i}.txt`);
    writeFileSync(path, `file ${i}\n`);
    return path;
  });
}

describe('flushFiles', () => {
  it.each([3, FLUSH_IN_THREADS_FROM + 50])('flushes %i files and leaves them as written', (n) => {
    const dir = folder();
    const paths = files(dir, n);
    flushFiles(paths);
    expect(paths.map((p) => readFileSync(p, 'utf8'))).toEqual(paths.map((_, i) => `file ${i}\n`));
  });

  it.each([3, FLUSH_IN_THREADS_FROM + 50])('throws the error of a file that is not there (%i files)', (n) => {
    const dir = folder();
    const paths = files(dir, n);
    paths.splice(n - 2, 0, join(dir, 'gone.txt'));
    expect(() => flushFiles(paths)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });

  it('flushes nothing for no files', () => {
    expect(() => flushFiles([])).not.toThrow();
  });
});

describe('an output folder of many files', () => {
  it('is written whole, each file as given, with its manifest', () => {
    const dir = join(folder(), 'letters');
    const n = FLUSH_IN_THREADS_FROM * 2;
    const list = Array.from({ length: n }, (_, i) => ({ name: `email-${i}.eml`, data: `Onderwerp: ${i}\n` }));
    const w = writeOutputFolder(dir, list, {
      command: 'signaalreis letters',
      now: new Date('2026-11-02T08:00:00Z'),
    });
    expect(w.ok && w.value.mode).toBe('swapped');
    expect(readdirSync(dir).length).toBe(n + 1);
    expect(readFileSync(join(dir, `email-${n - 1}.eml`), 'utf8')).toBe(`Onderwerp: ${n - 1}\n`);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.files).toHaveLength(n);
  });
});
