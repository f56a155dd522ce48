import { spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bilingual, Result } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { OutputManifestSchema } from './manifest';
import { writeOutputFile } from './output-file';
import { recoverOutputFolder, writeOutputFolder } from './output-folder';

const tmp = () => mkdtempSync(join(tmpdir(), 'signaalreis-out-'));
const files = (...names: string[]) => names.map((name) => ({ name, data: `${name} ${Math.random()}\n` }));
const manifest = (dir: string) =>
  OutputManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
const ok = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.value;
};
/** The English notes of a write, one a line. */
const notesEn = (notes: readonly Bilingual[]) => notes.map((n) => n.en).join('\n');
/** Each entry of a folder with its content, or the target of a link (never followed). */
const snapshot = (dir: string) =>
  readdirSync(dir).map((f) => {
    const path = join(dir, f);
    return [
      f,
      lstatSync(path).isSymbolicLink() ? `link to ${readlinkSync(path)}` : readFileSync(path, 'utf8'),
    ];
  });
const codes = (r: { ok: boolean; issues?: { code: string }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.code);

describe('writeOutputFolder', () => {
  it('writes the set with a manifest of names, sizes and SHA-256; swaps it in whole; removes its stale files', () => {
    const out = join(tmp(), 'out');
    const first = ok(writeOutputFolder(out, files('a.csv', 'b.csv'), { command: 'signaalreis test' }));
    expect(first.mode).toBe('swapped');
    expect(readdirSync(out).sort()).toEqual(['a.csv', 'b.csv', 'manifest.json']);
    const m = manifest(out);
    expect(m.command).toBe('signaalreis test');
    expect(m.files.map((f) => [f.name, f.bytes])).toEqual([
      ['a.csv', statSync(join(out, 'a.csv')).size],
      ['b.csv', statSync(join(out, 'b.csv')).size],
    ]);
    const second = ok(writeOutputFolder(out, files('b.csv', 'c.csv')));
    expect(second).toMatchObject({ mode: 'swapped', removed: ['a.csv'], foreign: [] });
    expect(readdirSync(out).sort()).toEqual(['b.csv', 'c.csv', 'manifest.json']);
    expect(readdirSync(join(out, '..')).sort()).toEqual(['out']);
    expect(statSync(out).mode & 0o777).toBe(0o700);
    for (const f of readdirSync(out)) expect(statSync(join(out, f)).mode & 0o777).toBe(0o600);
  });

  it('in a folder with foreign files: leaves them, writes one at a time, says so, and still removes its own stale files', () => {
    const out = tmp();
    writeFileSync(join(out, 'notes.txt'), 'mine\n');
    const first = ok(writeOutputFolder(out, files('a.csv', 'b.csv')));
    expect(first.mode).toBe('shared');
    expect(notesEn(first.notes)).toMatch(/notes\.txt.*left alone/);
    expect(first.notes.map((n) => n.nl).join('\n')).toMatch(/notes\.txt.*blijven staan/);
    ok(writeOutputFolder(out, files('b.csv')));
    expect(readdirSync(out).sort()).toEqual(['b.csv', 'manifest.json', 'notes.txt']);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('refuses: a foreign file, a planted link, a changed file, a foreign manifest, a link or file as the folder', () => {
    const root = tmp();
    writeFileSync(join(root, 'target.txt'), 'keep\n');
    const cases: [string, (dir: string) => void, string][] = [
      ['foreign', (d) => writeFileSync(join(d, 'a.csv'), 'x'), 'foreign_file'],
      ['link', (d) => symlinkSync(join(root, 'target.txt'), join(d, 'a.csv')), 'foreign_file'],
      ['dangling', (d) => symlinkSync(join(root, 'nowhere'), join(d, 'a.csv')), 'foreign_file'],
      ['manifest', (d) => writeFileSync(join(d, 'manifest.json'), '{"x":1}'), 'foreign_manifest'],
      [
        'changed',
        (d) => {
          ok(writeOutputFolder(d, files('a.csv')));
          writeFileSync(join(d, 'a.csv'), 'edited\n');
        },
        'changed_since_written',
      ],
    ];
    for (const [name, plant, code] of cases) {
      const dir = join(root, name);
      mkdirSync(dir);
      plant(dir);
      const before = snapshot(dir);
      expect(codes(writeOutputFolder(dir, files('a.csv'))), name).toEqual([code]);
      expect(snapshot(dir), name).toEqual(before);
    }
    expect(readFileSync(join(root, 'target.txt'), 'utf8')).toBe('keep\n');
    expect(existsSync(join(root, 'nowhere'))).toBe(false);
    symlinkSync(join(root, 'foreign'), join(root, 'linked'));
    expect(codes(writeOutputFolder(join(root, 'linked'), files('b.csv')))).toEqual(['output_is_link']);
    expect(codes(writeOutputFolder(join(root, 'target.txt'), files('b.csv')))).toEqual(['not_a_folder']);
  });

  it('never replaces or removes an input, also through a hard link or another name', () => {
    const out = join(tmp(), 'out');
    ok(writeOutputFolder(out, files('cases.json', 'a.csv')));
    const input = join(out, 'cases.json');
    expect(codes(writeOutputFolder(out, files('x.csv'), { inputs: [input] }))).toEqual([
      'would_replace_input',
    ]);
    expect(
      codes(writeOutputFolder(out, files('x.csv'), { inputs: [join(out, '..', 'out', 'a.csv')] })),
    ).toEqual(['would_replace_input']);
    expect(readdirSync(out).sort()).toEqual(['a.csv', 'cases.json', 'manifest.json']);
    expect(codes(writeOutputFolder(out, files('x.csv'), { inputs: [join(out, 'no-such')] }))).toEqual([]);
  });

  it('never renames away the working directory: written in place there', () => {
    const out = join(tmp(), 'out');
    ok(writeOutputFolder(out, files('a.csv')));
    const cwd = process.cwd();
    try {
      process.chdir(out);
      const w = ok(writeOutputFolder(out, files('b.csv')));
      expect(w).toMatchObject({ mode: 'shared', removed: ['a.csv'], foreign: [] });
      expect(readdirSync('.').sort()).toEqual(['b.csv', 'manifest.json']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('throws on a name that is not a plain file name (a bug in the caller)', () => {
    for (const name of ['../x.csv', 'a/b.csv', '.hidden', 'manifest.json', ''])
      expect(() => writeOutputFolder(join(tmp(), 'out'), [{ name, data: '' }]), name).toThrow(
        /plain output file name/,
      );
  });

  it('waits for nobody: a folder another live process is writing is busy; a dead writer’s lock is taken over', async () => {
    const root = tmp();
    const out = join(root, 'out');
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(root, '.out.signaalreis-lock'), `${sleeper.pid}\n`);
      const busy = writeOutputFolder(out, files('a.csv'));
      expect(codes(busy)).toEqual(['folder_busy']);
      expect(busy.ok ? '' : busy.issues[0]?.message.en).toContain(String(sleeper.pid));
      expect(busy.ok ? '' : busy.issues[0]?.message.nl).toContain(String(sleeper.pid));
    } finally {
      sleeper.kill('SIGKILL');
      await new Promise((r) => sleeper.on('exit', r));
    }
    ok(writeOutputFolder(out, files('a.csv')));
    expect(readdirSync(root)).toEqual(['out']);
  });
});

describe('recovery after a killed run', () => {
  /** A folder with a complete set written by writeOutputFolder, and a second complete set staged. */
  function halfSwapped(stagedComplete: boolean) {
    const root = tmp();
    const out = join(root, 'out');
    ok(writeOutputFolder(out, files('old.csv')));
    const staged = join(root, 'staged');
    ok(writeOutputFolder(staged, files('new.csv')));
    if (!stagedComplete) writeFileSync(join(staged, 'new.csv'), 'half');
    renameSync(staged, join(root, '.out.signaalreis-new-abc123'));
    renameSync(out, join(root, '.out.signaalreis-old-def456')); // killed right here
    return { root, out };
  }

  it('between the two renames of a swap: the complete new set is moved in', () => {
    const { root, out } = halfSwapped(true);
    expect(notesEn(ok(recoverOutputFolder(out)))).toMatch(/complete new output is now in place/);
    expect(readdirSync(out).sort()).toEqual(['manifest.json', 'new.csv']);
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('between the two renames, with a staged set that is not complete: the previous set is put back', () => {
    const { root, out } = halfSwapped(false);
    expect(notesEn(ok(recoverOutputFolder(out)))).toMatch(/previous output was put back/);
    expect(readdirSync(out).sort()).toEqual(['manifest.json', 'old.csv']);
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('the next write recovers first, removes left-over staging, half-removed old sets and stale temporary files', () => {
    const root = tmp();
    const out = join(root, 'out');
    ok(writeOutputFolder(out, files('a.csv')));
    mkdirSync(join(root, '.out.signaalreis-new-zzz'));
    writeFileSync(join(root, '.out.signaalreis-new-zzz', 'a.csv'), 'half');
    const old = join(root, 'old');
    ok(writeOutputFolder(old, files('x.csv', 'y.csv')));
    renameSync(old, join(root, '.out.signaalreis-old-yyy'));
    const temp = join(out, '.signaalreis-0123456789ab.tmp');
    writeFileSync(temp, 'half');
    utimesSync(temp, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    const w = ok(writeOutputFolder(out, files('b.csv')));
    expect(w.mode).toBe('swapped');
    expect(readdirSync(root)).toEqual(['out']);
    expect(readdirSync(out).sort()).toEqual(['b.csv', 'manifest.json']);
  });

  it('a write in a shared folder killed half-way: its journal keeps every file recognisable', () => {
    const out = tmp();
    writeFileSync(join(out, 'notes.txt'), 'mine\n');
    ok(writeOutputFolder(out, files('a.csv', 'b.csv')));
    const next = files('a.csv', 'c.csv');
    // what writeOutputFolder does before it is killed: the journal, then the first new file
    const planned = ok(writeOutputFolder(join(tmp(), 'plan'), next)).written;
    writeFileSync(
      join(out, '.signaalreis-pending.json'),
      JSON.stringify({ format: 'signaalreis-output/1', command: 'x', writtenAt: 'now', files: planned }),
    );
    writeFileSync(join(out, 'a.csv'), next[0]?.data ?? '');
    const w = ok(writeOutputFolder(out, files('a.csv', 'c.csv')));
    expect(w).toMatchObject({ mode: 'shared', removed: ['b.csv'], foreign: ['notes.txt'] });
    expect(readdirSync(out).sort()).toEqual(['a.csv', 'c.csv', 'manifest.json', 'notes.txt']);
  });
});

describe('writeOutputFile', () => {
  it('replaces atomically, 0600, a symlink replaced and never followed; refuses a folder and an input', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'target.txt'), 'keep\n');
    symlinkSync(join(dir, 'target.txt'), join(dir, 'out.csv'));
    ok(writeOutputFile(join(dir, 'out.csv'), 'new\n'));
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe('keep\n');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('new\n');
    expect(statSync(join(dir, 'out.csv')).mode & 0o777).toBe(0o600);
    expect(codes(writeOutputFile(dir, 'x'))).toEqual(['not_a_file']);
    expect(
      codes(writeOutputFile(join(dir, 'target.txt'), 'x', { inputs: [join(dir, 'target.txt')] })),
    ).toEqual(['would_replace_input']);
    ok(writeOutputFile(join(dir, 'new', 'deeper', 'x.csv'), 'x\n'));
    expect(statSync(join(dir, 'new')).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir).sort()).toEqual(['new', 'out.csv', 'target.txt']);
  });
});
