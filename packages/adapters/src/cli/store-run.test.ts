// `signaalreis run --store` and `cases` (issue 11): history from the store, the month stored with
// its output folder in one transaction, a second run refused or replaced, one municipality at a time.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asMunicipalityCode } from '@signaalreis/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCaseFile } from '../cases/case-file';
import { openCaseStore } from '../store/open';
import { freshFolder } from '../store/test-support/backends';
import { fixtureDir, runCli, runCliEn } from './cli-test-kit';

const AUG = 'examples/data/signals-2026-08.csv';
const SEP = 'examples/data/signals-2026-09.csv';
const OCT = 'examples/data/signals-2026-10.csv';
const run = (csv: string, month: string, out: string, ...extra: string[]) =>
  runCliEn(['run', csv, '--month', month, '--preset', 'type-medium', '--out', out, ...extra]);
/** A case file as written (compact, issue 14), read back into the full form every case has. */
const json = (path: string) => {
  const read = readCaseFile(JSON.parse(readFileSync(path, 'utf8')));
  if (!read.ok) throw new Error(read.issues[0]?.message.en);
  return read.value;
};
const countSignals = (file: { cases: { signalIds: string[] }[] }) =>
  file.cases.reduce((n, c) => n + c.signalIds.length, 0);

async function storedMonths(store: string, municipality: string) {
  const s = await openCaseStore(store);
  if (!s.ok) throw new Error(s.issues[0]?.message.en);
  try {
    const m = await s.value.months(asMunicipalityCode(municipality));
    return m.ok ? m.value.map((x) => `${x.month}:${x.cases}`) : m.issues.map((i) => i.code);
  } finally {
    await s.value.close();
  }
}

describe('signaalreis run --store', () => {
  let store: string;
  let dir: string;
  const viaStore = (csv: string, month: string, name: string, code = '0363', ...extra: string[]) =>
    run(csv, month, join(dir, name), '--store', store, '--municipality', code, ...extra);
  const viaFiles = (csv: string, month: string, name: string, ...history: string[]) =>
    run(
      csv,
      month,
      join(dir, name),
      '--municipality',
      '0363',
      ...(history.length ? ['--history', ...history.map((h) => join(dir, h, 'cases.json'))] : []),
    );

  beforeAll(async () => {
    [store, dir] = [await freshFolder(), fixtureDir({})];
    const started = Date.now();
    const aug = await viaStore(AUG, '2026-08', 'aug');
    expect(aug.stderr).toBe('');
    expect(aug.code).toBe(0);
    expect(aug.stdout).toMatch(
      /Stored {4}2026-08 of municipality 0363 in .*: \d+ cases, \d+ signals; no history stored/,
    );
    const sep = await viaStore(SEP, '2026-09', 'sep');
    expect(sep.code).toBe(0);
    // a month's run with the store (open, history, compute, write, commit) stays well under budget
    expect(Date.now() - started).toBeLessThan(20_000);
    for (const r of [
      await viaFiles(AUG, '2026-08', 'aug-file'),
      await viaFiles(SEP, '2026-09', 'sep-file', 'aug-file'),
    ])
      expect(r.code).toBe(0);
  });

  it('runs three months through one store with the same decisions as case files as --history', async () => {
    const oct = await viaStore(OCT, '2026-10', 'oct');
    expect(oct.code).toBe(0);
    const aug = json(join(dir, 'aug', 'cases.json'));
    const sep = json(join(dir, 'sep', 'cases.json'));
    expect(oct.stdout).toContain(
      `history: ${countSignals(aug) + countSignals(sep)} signals of 2026-08, 2026-09`,
    );
    expect((await viaFiles(OCT, '2026-10', 'oct-file', 'aug-file', 'sep-file')).code).toBe(0);
    for (const m of ['aug', 'sep', 'oct'])
      expect(json(join(dir, m, 'cases.json'))).toEqual(json(join(dir, `${m}-file`, 'cases.json')));
    // the history mattered: recidive of both earlier months, and other decisions than without it
    const cases = json(join(dir, 'oct', 'cases.json')).cases as { recidiveMonths: string[] }[];
    expect(cases.some((c) => c.recidiveMonths.includes('2026-09'))).toBe(true);
    expect(cases.some((c) => c.recidiveMonths.includes('2026-08'))).toBe(true);
    expect(sep.cases.some((c: { recidiveMonths: string[] }) => c.recidiveMonths.includes('2026-08'))).toBe(
      true,
    );
    expect((await run(OCT, '2026-10', join(dir, 'oct-alone'), '--municipality', '0363')).code).toBe(0);
    expect(json(join(dir, 'oct-alone', 'cases.json'))).not.toEqual(json(join(dir, 'oct', 'cases.json')));
    expect(await storedMonths(store, '0363')).toEqual([
      `2026-08:${aug.cases.length}`,
      `2026-09:${sep.cases.length}`,
      `2026-10:${cases.length}`,
    ]);
  });

  it('refuses a second run of a stored month unless --replace', async () => {
    const again = await run(
      SEP,
      '2026-09',
      join(dir, 'sep-again'),
      '--store',
      store,
      '--municipality',
      '0363',
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      'signaalreis: Month 2026-09 of municipality 0363 is already stored; give --replace to replace it\n',
    );
    const replaced = await run(
      SEP,
      '2026-09',
      join(dir, 'sep-again'),
      '--store',
      store,
      '--municipality',
      '0363',
      '--replace',
    );
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('(replaced): 216 cases');
  });

  it('keeps municipalities apart: another code has no history and its own months', async () => {
    const other = await run(OCT, '2026-10', join(dir, 'other'), '--store', store, '--municipality', 'GM0518');
    expect(other.code).toBe(0);
    expect(other.stdout).toContain('Stored    2026-10 of municipality 0518');
    expect(other.stdout).toContain('no history stored');
    expect(await storedMonths(store, '0518')).toEqual(['2026-10:206']);
  });

  it('stores nothing when the output folder cannot be written (one transaction)', async () => {
    const before = await storedMonths(store, '0599');
    const blocked = fixtureDir({ 'cases.json': 'not ours' });
    const r = await run(SEP, '2026-09', blocked, '--store', store, '--municipality', '0599');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cases.json was not written by signaalreis');
    expect(await storedMonths(store, '0599')).toEqual(before);
    expect(before).toEqual([]);
  });

  it('needs --municipality with a store, and reads SIGNAALREIS_STORE', async () => {
    const r = await run(SEP, '2026-09', join(dir, 'x'), '--store', store);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('run with a store needs --municipality <code>');
    process.env.SIGNAALREIS_STORE = store;
    try {
      const env = await run(SEP, '2026-09', join(dir, 'env'), '--municipality', '0601');
      expect(env.code).toBe(0);
      expect(env.stdout).toContain('Stored    2026-09 of municipality 0601');
    } finally {
      delete process.env.SIGNAALREIS_STORE;
    }
  });

  it('lists months and cases, and shows a case, as text and JSON', async () => {
    const months = await runCliEn(['cases', 'list', '--store', store, '--municipality', '0363']);
    expect(months.code).toBe(0);
    expect(months.stdout).toMatch(/2026-09 +type-medium +2026-09-25 +216 +244/);
    const list = await runCliEn([
      'cases',
      'list',
      '--store',
      store,
      '--municipality',
      '0363',
      '--month',
      '2026-10',
      '--format',
      'json',
    ]);
    const cases = JSON.parse(list.stdout) as { caseId: string; lifecycleStatus: string | null }[];
    expect(cases).toHaveLength(206);
    expect(cases.map((c) => c.caseId)).toEqual(
      json(join(dir, 'oct', 'cases.json')).cases.map((c: { caseId: string }) => c.caseId),
    );
    const id = cases[0]?.caseId ?? '';
    expect(id).toBe('2026-10-0001'); // the month and the rank (issue 12): no address on the command line
    const shown = await runCliEn(['cases', 'show', id, '--store', store, '--municipality', '0363']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`Case ${id} — month 2026-10, municipality 0363`);
    expect(shown.stdout).toContain('no record yet');
    const detail = JSON.parse(
      (await runCliEn(['cases', 'show', id, '--store', store, '--municipality', '0363', '--format', 'json']))
        .stdout,
    );
    expect(detail).toMatchObject({
      municipality: '0363',
      month: '2026-10',
      case: { caseId: id },
      feedback: [],
    });
    // 0518 stored the same October: the same case id there is 0518's own row
    const elsewhere = await runCliEn(['cases', 'show', id, '--store', store, '--municipality', '0518']);
    expect(elsewhere.code).toBe(0);
    expect(elsewhere.stdout).toContain(`Case ${id} — month 2026-10, municipality 0518`);
    // a text that is no case id is told the form (it was told "1–100 characters, no control
    // characters", which "rubbish" is)
    const rubbish = await runCli(['cases', 'show', 'rubbish', '--store', store, '--municipality', '0363']);
    expect(rubbish).toMatchObject({
      code: 2,
      stderr: 'signaalreis: Verwacht een zaak-id JJJJ-MM-NNNN, zoals 2026-10-0001\n',
    });
    const missing = await runCliEn(['cases', 'show', id, '--store', store, '--municipality', '0700']);
    expect(missing).toMatchObject({
      code: 2,
      stderr: 'signaalreis: This case of municipality 0700 is not in the store\n',
    });
    // neither the case id nor the household key (postcode and house number) is in the error
    expect(missing.stderr).not.toContain(id);
    expect(missing.stderr).not.toContain(detail.case.householdKey);
    const noMonth = await runCliEn([
      'cases',
      'list',
      '--store',
      store,
      '--municipality',
      '0363',
      '--month',
      '2025-01',
    ]);
    expect(noMonth.stderr).toBe('signaalreis: Month 2025-01 of municipality 0363 is not in the store\n');
  });
});

describe('a store that cannot be used', () => {
  const secret = 'Sup3r-Geheim';
  const url = `postgres://signaalreis:${secret}@127.0.0.1:1/vroeg`;

  it.each([
    ['run', SEP, '--month', '2026-09', '--preset', 'type-medium', '--municipality', '0363', '--store', url],
    ['feedback', '--at', '2026-11-30', '--municipality', '0363', '--month', '2026-09', '--store', url],
    ['cases', 'list', '--municipality', '0363', '--store', url],
    ['purge', '--municipality', '0363', '--date', '2027-01-01', '--store', url],
  ])('%s: one line, exit 2, the password masked', async (...args) => {
    const r = await runCliEn(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^signaalreis: Cannot connect to the store postgres:\/\/signaalreis:\*\*\*\*@127\.0\.0\.1:1\/vroeg: .*ECONNREFUSED.*\n$/,
    );
    expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it('a folder that is not a store is left alone', async () => {
    const dir = fixtureDir({ 'notes.txt': 'mine' });
    const r = await runCliEn(['cases', 'list', '--store', dir, '--municipality', '0363']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a signaalreis store: the folder holds other files');
    writeFileSync(join(dir, 'notes.txt'), 'still mine');
  });
});
