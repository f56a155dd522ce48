// Issue 9: where and how the commands write — never through a planted symlink, never over their
// input, nothing stale left beside a new run, files 0600 and folders 0700.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, REPO_ROOT, runCliEn } from './cli-test-kit';

const SIGNALS = join(REPO_ROOT, 'examples/data/signals-2026-10.csv');
const run = (out: string, preset = 'type-medium', cwd?: string) =>
  runCliEn(['run', SIGNALS, '--month', '2026-10', '--preset', preset, '--out', out], cwd ? { cwd } : {});

const mode = (path: string) => statSync(path).mode & 0o777;

const feedbackCases = JSON.stringify({
  month: '2026-10',
  preset: 'type-medium',
  cases: [
    {
      caseId: '2026-10-0002',
      signalIds: ['ZV-1'],
      signalStatus: 'Niet opgepakt: andere reden',
      intakeOutcome: 'not-picked-up',
      plan: [],
      explanation: { nl: '', en: '' },
      signals: [{ signalId: 'ZV-1', partnerId: 'ZV-ZLD', sector: 'health', kind: 'early' }],
    },
  ],
});

describe('symbolic links planted in the output folder are never followed (issue 9)', () => {
  it('run: a symlink named like an output file leaves its target untouched', async () => {
    const dir = fixtureDir({ 'precious.txt': 'precious\n' });
    mkdirSync(join(dir, 'out'));
    for (const name of ['capacity.csv', 'worklist-municipality-letter.csv', 'cases.json'])
      symlinkSync(join(dir, 'precious.txt'), join(dir, 'out', name));
    const r = await run(join(dir, 'out'));
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('precious\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/capacity\.csv/);
  });

  it('run: --out that is itself a symbolic link is refused', async () => {
    const dir = fixtureDir({});
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out'));
    const r = await run(join(dir, 'out'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/symbolic link/);
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
  });

  it('match/feedback: a symlink at the output file is replaced, never written through', async () => {
    const dir = fixtureDir({ 'precious.txt': 'precious\n', 'cases.json': feedbackCases });
    symlinkSync(join(dir, 'precious.txt'), join(dir, 'list.csv'));
    const r = await runCliEn(
      ['match', SIGNALS, '--month', '2026-10', '--preset', 'type-small', '--out', 'list.csv'],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('precious\n');
    expect(readFileSync(join(dir, 'list.csv'), 'utf8')).toMatch(/^case_id,/);
    mkdirSync(join(dir, 'fb'));
    symlinkSync(join(dir, 'precious.txt'), join(dir, 'fb', 'feedback-ZV-ZLD.csv'));
    const f = await runCliEn(['feedback', 'cases.json', '--at', '2026-10-26', '--out', 'fb'], { cwd: dir });
    expect(f.code).toBe(2);
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('precious\n');
  });
});

describe('an input file is never overwritten (issue 9)', () => {
  it('feedback without --out leaves its cases.json alone and writes to out/<month>-feedback-<at>', async () => {
    const dir = fixtureDir({ 'cases.json': feedbackCases });
    const r = await runCliEn(['feedback', 'cases.json', '--at', '2026-10-26'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'cases.json'), 'utf8')).toBe(feedbackCases);
    const out = join(dir, 'out', '2026-10-feedback-2026-10-26');
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['cases.json', 'feedback-ZV-ZLD.csv']));
    expect(r.stdout).toContain(join('out', '2026-10-feedback-2026-10-26', 'cases.json'));
  });

  it('feedback --out . next to its cases.json is refused with a clear message', async () => {
    const dir = fixtureDir({ 'cases.json': feedbackCases });
    const r = await runCliEn(['feedback', 'cases.json', '--at', '2026-10-26', '--out', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cases\.json/);
    expect(r.stderr).toMatch(/input/);
    expect(readFileSync(join(dir, 'cases.json'), 'utf8')).toBe(feedbackCases);
    expect(readdirSync(dir)).toEqual(['cases.json']);
  });

  it('feedback into the folder its cases.json came from (a run of signaalreis) is refused', async () => {
    const dir = fixtureDir({});
    expect((await run(join(dir, 'm'), 'type-small')).code).toBe(0);
    const before = readFileSync(join(dir, 'm', 'cases.json'), 'utf8');
    const r = await runCliEn(['feedback', 'm/cases.json', '--at', '2026-11-30', '--out', 'm'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/input/);
    expect(readFileSync(join(dir, 'm', 'cases.json'), 'utf8')).toBe(before);
  });

  it('match --out naming its own --history file is refused', async () => {
    const dir = fixtureDir({});
    const args = ['match', SIGNALS, '--month', '2026-10', '--preset', 'type-small'];
    expect((await runCliEn([...args, '--out', 'sep.json'], { cwd: dir })).code).toBe(0);
    const before = readFileSync(join(dir, 'sep.json'), 'utf8');
    const r = await runCliEn([...args, '--history', 'sep.json', '--out', 'sep.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/input/);
    expect(readFileSync(join(dir, 'sep.json'), 'utf8')).toBe(before);
  });
});

describe('a run into a folder of an earlier run (issue 9)', () => {
  it('leaves exactly the new set: no stale worklists of the earlier run', async () => {
    const dir = fixtureDir({});
    const out = join(dir, 'out');
    const fresh = join(dir, 'fresh');
    expect((await run(out, 'type-medium')).code).toBe(0);
    expect(readdirSync(out)).toContain('worklist-crisis-home-visit.csv');
    expect((await run(out, 'type-small')).code).toBe(0);
    expect((await run(fresh, 'type-small')).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(readdirSync(fresh).sort());
    expect(readdirSync(out)).not.toContain('worklist-crisis-home-visit.csv');
  });

  it('leaves files it did not write alone, and refuses to replace one', async () => {
    const dir = fixtureDir({});
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'my notes\n');
    const r = await run(out, 'type-small');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^signaalreis: note: .*notes\.txt.*left alone/);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('my notes\n');
    expect(readdirSync(out)).toContain('capacity.csv');
    // a second run still replaces its own files and keeps the notes
    expect((await run(out, 'type-medium')).code).toBe(0);
    expect((await run(out, 'type-small')).code).toBe(0);
    expect(readdirSync(out)).not.toContain('worklist-crisis-home-visit.csv');
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('my notes\n');

    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'capacity.csv'), 'not ours\n');
    const refused = await run(other, 'type-small');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/capacity\.csv/);
    expect(readFileSync(join(other, 'capacity.csv'), 'utf8')).toBe('not ours\n');
  });

  it('refuses to replace a worklist that was changed after the run wrote it', async () => {
    const dir = fixtureDir({});
    const out = join(dir, 'out');
    expect((await run(out, 'type-small')).code).toBe(0);
    const list = join(out, 'worklist-municipality-phone.csv');
    writeFileSync(list, `${readFileSync(list, 'utf8')}called on Monday\n`);
    const r = await run(out, 'type-small');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/worklist-municipality-phone\.csv/);
    expect(r.stderr).toMatch(/changed/);
    expect(readFileSync(list, 'utf8')).toMatch(/called on Monday/);
  });
});

describe('file modes (issue 9)', () => {
  it('run, match, feedback: files 0600, folders they create 0700', async () => {
    const dir = fixtureDir({ 'cases.json': feedbackCases });
    const out = join(dir, 'new', 'out');
    expect((await run(out, 'type-small')).code).toBe(0);
    expect(mode(join(dir, 'new'))).toBe(0o700);
    expect(mode(out)).toBe(0o700);
    for (const f of readdirSync(out)) expect(mode(join(out, f)), f).toBe(0o600);
    const m = await runCliEn(
      ['match', SIGNALS, '--month', '2026-10', '--preset', 'type-small', '--out', 'list.csv'],
      { cwd: dir },
    );
    expect(m.code).toBe(0);
    expect(mode(join(dir, 'list.csv'))).toBe(0o600);
    expect((await runCliEn(['feedback', 'cases.json', '--at', '2026-10-26'], { cwd: dir })).code).toBe(0);
    const fb = join(dir, 'out', '2026-10-feedback-2026-10-26');
    expect(existsSync(fb)).toBe(true);
    expect(mode(fb)).toBe(0o700);
    for (const f of readdirSync(fb)) expect(mode(join(fb, f)), f).toBe(0o600);
  });
});
