// flushFiles: every file flushed, in threads from FLUSH_IN_THREADS_FROM files on; a file that
// cannot be flushed is the call's error, below and above that number; and an output folder of many
// files is written and swapped in whole through it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  // the time limit is a hang guard, below the 30 s after which the calling thread stops waiting for
  // the threads and flushes the rest itself: a count of finished files that is lost would hang there
  it.each([3, FLUSH_IN_THREADS_FROM + 50])(
    'flushes %i files and leaves them as written, without waiting for a stalled thread',
    (n) => {
      const dir = folder();
      const paths = files(dir, n);
      flushFiles(paths);
      expect(paths.map((p) => readFileSync(p, 'utf8'))).toEqual(paths.map((_, i) => `file ${i}\n`));
    },
    20_000,
  );

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

describe('the progress of flushing and writing (a progress bar)', () => {
  it.each([3, FLUSH_IN_THREADS_FROM + 50])(
    'tells a growing count of %i files, ending at all of them',
    (n) => {
      const paths = files(folder(), n);
      const told: number[] = [];
      flushFiles(paths, (done) => told.push(done));
      expect(told.at(-1)).toBe(n);
      for (const [i, done] of told.entries()) {
        expect(done).toBeGreaterThanOrEqual(1);
        expect(done).toBeLessThanOrEqual(n);
        if (i > 0) expect(done).toBeGreaterThanOrEqual(told[i - 1] as number);
      }
      if (n < FLUSH_IN_THREADS_FROM) expect(told).toEqual(paths.map((_, i) => i + 1));
    },
  );

  it('writeOutputFolder tells each file written, then the files put on disk; the folder is the same', () => {
    const n = FLUSH_IN_THREADS_FROM + 10;
    const list = Array.from({ length: n }, (_, i) => ({ name: `email-${i}.eml`, data: `Onderwerp: ${i}\n` }));
    const now = new Date('2026-11-02T08:00:00Z');
    const told: [string, number, number][] = [];
    const a = join(folder(), 'a');
    const b = join(folder(), 'b');
    const w = writeOutputFolder(a, list, {
      now,
      onProgress: (stage, done, total) => told.push([stage, done, total]),
    });
    writeOutputFolder(b, list, { now });
    expect(w.ok && w.value.mode).toBe('swapped');
    const writes = told.filter(([stage]) => stage === 'write');
    expect(writes).toEqual(list.map((_, i) => ['write', i + 1, n]));
    const flushes = told.filter(([stage]) => stage === 'flush');
    expect(flushes.at(-1)).toEqual(['flush', n, n]);
    expect(told.indexOf(flushes[0] as [string, number, number])).toBeGreaterThan(
      told.indexOf(writes.at(-1) as [string, number, number]),
    );
    expect(readFileSync(join(a, 'manifest.json'), 'utf8')).toBe(
      readFileSync(join(b, 'manifest.json'), 'utf8'),
    );
  });

  it('in a shared folder (a foreign file in it): each file written is told, nothing about flushing', () => {
    const dir = join(folder(), 'shared');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'of the officer\n');
    const told: [string, number, number][] = [];
    const list = [
      { name: 'a.csv', data: 'a\n' },
      { name: 'b.csv', data: 'b\n' },
    ];
    const w = writeOutputFolder(dir, list, {
      onProgress: (stage, done, total) => told.push([stage, done, total]),
    });
    expect(w.ok && w.value.mode).toBe('shared');
    expect(told).toEqual([
      ['write', 1, 2],
      ['write', 2, 2],
    ]);
  });
});
