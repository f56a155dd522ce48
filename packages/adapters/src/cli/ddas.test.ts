// `signaalreis export ddas` and `signaalreis import ddas` (issue 11): the example month through run,
// feedback, export, import and back into run --history and feedback; bad input for both commands,
// each a one-line message and exit code 2; warnings and --strict; Dutch messages on request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleMonthFiles, fileValidator } from '../ddas/fixtures.test-support';
import { fixtureDir, runCli, runCliEn } from './cli-test-kit';

const AT = ['--delivered-at', '2026-11-02T09:00:00Z'];
const WHO = ['--supplier', 'SIGNAALREIS', '--organisation', 'Gemeente Voorbeeldstad'];
const OCTOBER = ['--from', '2026-10-01', '--to', '2026-10-31'];
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('signaalreis export ddas', () => {
  it('writes the example month as a delivery that validates against the schema file, mode 0600', async () => {
    const { feedbackFile } = await exampleMonthFiles();
    const out = join(fixtureDir({}), 'ddas.json');
    const r = await runCliEn(['export', 'ddas', feedbackFile, ...OCTOBER, ...WHO, ...AT, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^DDAS v1.2 delivery 2026-10-01 – 2026-10-31, supplier SIGNAALREIS, valid against the schema:\n {2}0363: \d+ signals, \d+ cases \(\d+ picked up, \d+ with a result\), 0 contact attempts\nWritten: .*ddas\.json \(personal data/,
    );
    const delivery = json(out);
    expect(fileValidator()(delivery).errors).toBeNull();
    expect(delivery.aanleverdatumEnTijd).toBe('2026-11-02T09:00:00Z');
    expect(delivery.leveringen[0].gemeentecode).toBe('0363');
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('writes the three example months (August–October, each through run) as one valid delivery', async () => {
    const dir = fixtureDir({});
    const data = (m: string) => `examples/data/signals-${m}.csv`;
    const months = ['2026-08', '2026-09', '2026-10'];
    const files: string[] = [];
    for (const [i, month] of months.entries()) {
      const history = months.slice(0, i).map(data);
      const run = await runCliEn([
        'run',
        data(month),
        '--month',
        month,
        '--preset',
        'type-medium',
        ...(history.length > 0 ? ['--history', ...history] : []),
        '--municipality',
        '0363',
        '--out',
        join(dir, month),
      ]);
      expect(run.code, run.stderr).toBe(0);
      files.push(join(dir, month, 'cases.json'));
    }
    const out = join(dir, 'quarter.json');
    const r = await runCliEn([
      'export',
      'ddas',
      ...files,
      '--from',
      '2026-08-01',
      '--to',
      '2026-10-31',
      ...WHO,
      ...AT,
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const delivery = json(out);
    expect(fileValidator()(delivery).errors).toBeNull();
    const [levering] = delivery.leveringen;
    const cases = files.map((f) => json(f).cases as { signals: unknown[] }[]);
    expect(levering.vroegsignaalzaken).toHaveLength(cases.reduce((n, c) => n + c.length, 0));
    expect(levering.vroegsignalen).toHaveLength(cases.flat().reduce((n, c) => n + c.signals.length, 0));
    // each month's cases carry their own matching period, in month order
    const starts = levering.vroegsignaalzaken.map(
      (z: { startdatumMatchingperiode: string }) => z.startdatumMatchingperiode,
    );
    expect([...new Set(starts)]).toEqual(['2026-08-01', '2026-09-01', '2026-10-01']);
    // made a month at a time: the files in another order give the same bytes, and nothing set aside is left
    const reversed = join(dir, 'reversed.json');
    const again = await runCliEn(
      ['export', 'ddas', ...[...files].reverse(), '--from', '2026-08-01'].concat([
        '--to',
        '2026-10-31',
        ...WHO,
        ...AT,
        '--out',
        reversed,
      ]),
    );
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(reversed).equals(readFileSync(out))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('spool'))).toEqual([]);
  });

  it('an output folder that cannot be made: said in one line before any file is read; a refusal makes no folder', async () => {
    const { feedbackFile } = await exampleMonthFiles();
    const r = await runCliEn([
      'export',
      'ddas',
      feedbackFile,
      ...OCTOBER,
      ...WHO,
      '--out',
      '/proc/version/x/d.json',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^signaalreis: .*\/proc\/version\/x.*\n$/);
    // a refused delivery (the same month twice) leaves no output folder behind
    const dir = fixtureDir({});
    const twice = await runCliEn(['export', 'ddas', feedbackFile, feedbackFile, ...OCTOBER, ...WHO], {
      cwd: dir,
    });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/month: .*2026-10/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('export → import → feedback and run --history take what the import wrote; export again gives the same', async () => {
    const { feedbackFile } = await exampleMonthFiles();
    const dir = fixtureDir({});
    const first = join(dir, 'first.json');
    expect(
      (await runCliEn(['export', 'ddas', feedbackFile, ...OCTOBER, ...WHO, ...AT, '--out', first])).code,
    ).toBe(0);
    const imported = await runCliEn(['import', 'ddas', first, '--out', join(dir, 'imported')]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('0363 2026-10: ');
    const file = join(dir, 'imported', 'cases-0363-2026-10.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = join(dir, 'again.json');
    expect((await runCliEn(['export', 'ddas', file, ...OCTOBER, ...WHO, ...AT, '--out', again])).code).toBe(
      0,
    );
    expect(json(again)).toEqual(json(first));
    const fb = await runCliEn(['feedback', file, '--at', '2026-12-01', '--out', join(dir, 'fb')]);
    expect(fb.stderr).toBe('');
    expect(fb.code).toBe(0);
    const run = await runCliEn([
      'run',
      'examples/data/signals-2026-10.csv',
      '--month',
      '2026-11',
      '--preset',
      'type-medium',
      '--history',
      file,
      '--out',
      join(dir, 'run'),
    ]);
    expect(run.code).toBe(0);
  });

  it('delivers a month without cases as a valid empty levering, and notes a month outside the period', async () => {
    const { runFile } = await exampleMonthFiles();
    const out = join(fixtureDir({}), 'november.json');
    const r = await runCliEn([
      'export',
      'ddas',
      runFile,
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-30',
      ...WHO,
      ...AT,
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /warning: .*cases\.json: month: The month 2026-10 lies outside the period 2026-11-01 – 2026-11-30/,
    );
    expect(r.stdout).toContain('0363: 0 signals, 0 cases');
    expect(r.stdout).not.toContain('personal data');
    expect(json(out).leveringen).toEqual([
      {
        teller: 1,
        gemeentecode: '0363',
        aanleverendeOrganisatie: { naam: 'Gemeente Voorbeeldstad' },
        vroegsignalen: [],
        vroegsignaalzaken: [],
      },
    ]);
    const none = await runCliEn([
      'export',
      'ddas',
      ...OCTOBER,
      '--municipality',
      'GM0014',
      ...WHO,
      ...AT,
      '--out',
      out,
    ]);
    expect(none.code).toBe(0);
    expect(json(out).leveringen[0].gemeentecode).toBe('0014');
  });

  it('names a file without municipality with --municipality; filters files by their code', async () => {
    const { runFile } = await exampleMonthFiles();
    const { municipality: _, ...unnamed } = json(runFile);
    const dir = fixtureDir({ 'unnamed.json': JSON.stringify(unnamed) });
    const file = join(dir, 'unnamed.json');
    const out = join(dir, 'd.json');
    const needs = await runCliEn(['export', 'ddas', file, ...OCTOBER, ...WHO, '--out', out]);
    expect(needs).toMatchObject({ code: 2, stdout: '' });
    expect(needs.stderr).toMatch(
      /unnamed\.json names no municipality \(month 2026-10\): give it with --municipality <code>\n$/,
    );
    const two = await runCliEn([
      'export',
      'ddas',
      file,
      ...OCTOBER,
      ...WHO,
      '--municipality',
      '0014',
      '--municipality',
      '0363',
    ]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('and one code only');
    const named = await runCliEn([
      'export',
      'ddas',
      file,
      ...OCTOBER,
      ...WHO,
      ...AT,
      '--municipality',
      '0014',
      '--out',
      out,
    ]);
    expect(named.code).toBe(0);
    expect(json(out).leveringen[0].gemeentecode).toBe('0014');
    const other = await runCliEn([
      'export',
      'ddas',
      runFile,
      ...OCTOBER,
      ...WHO,
      ...AT,
      '--municipality',
      '0014',
      '--out',
      out,
    ]);
    expect(other.code).toBe(0);
    expect(other.stderr).toMatch(/note: .*cases\.json: municipality 0363 is not asked for; skipped/);
    expect(json(out).leveringen.map((l: { gemeentecode: string }) => l.gemeentecode)).toEqual(['0014']);
  });

  it.each([
    [['export', 'ddas', 'nope.json', ...OCTOBER, ...WHO], /nope\.json: file not found/],
    [['export', 'ddas', ...OCTOBER, ...WHO], /nothing to deliver: give case files, or --municipality <code>/],
    [
      ['export', 'ddas', '--from', '2026-10-32', '--to', '2026-10-31', ...WHO],
      /--from <date>.*real date written YYYY-MM-DD/,
    ],
    [
      ['export', 'ddas', '--from', '2026-11-01', '--to', '2026-10-31', ...WHO, '--municipality', '0363'],
      /--from 2026-11-01 is after --to 2026-10-31/,
    ],
    [['export', 'ddas', ...OCTOBER, ...WHO, '--municipality', '363'], /CBS municipality code of four digits/],
    [
      ['export', 'ddas', ...OCTOBER, '--municipality', '0363', '--organisation', 'X'],
      /required option '--supplier <code>'/,
    ],
    [
      ['export', 'ddas', ...OCTOBER, ...WHO, '--municipality', '0363', '--delivered-at', '2026-11-02 09:00'],
      /date and time with its zone/,
    ],
    [
      ['export', 'ddas', ...OCTOBER, ...WHO, '--municipality', '0363', '--supplier', ''],
      /supplierCode must be text of 1 to 64 characters/,
    ],
    [
      ['export', 'ddas', ...OCTOBER, ...WHO, '--municipality', '0363', '--lifecycle', 'nope'],
      /Unknown lifecycle preset "nope"/,
    ],
  ])('refuses %j with exit code 2', async (args, message) => {
    const r = await runCliEn(args, { cwd: fixtureDir({}) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a file that is not a case file, and does not write over its input', async () => {
    const dir = fixtureDir({ 'x.json': '{"month": "2026-10"}' });
    const bad = await runCliEn(['export', 'ddas', 'x.json', ...OCTOBER, ...WHO], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not a signaalreis case file');
    const { runFile } = await exampleMonthFiles();
    const copy = join(dir, 'cases.json');
    writeFileSync(copy, readFileSync(runFile));
    const over = await runCliEn(['export', 'ddas', copy, ...OCTOBER, ...WHO, '--out', copy]);
    expect(over.code).toBe(2);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(runFile, 'utf8'));
  });
});

describe('signaalreis import ddas', () => {
  const delivery = (over: object = {}) => ({
    startdatumLevering: '2026-10-01',
    einddatumLevering: '2026-10-31',
    aanleverdatumEnTijd: '2026-11-02T09:00:00Z',
    codeGegevensleverancier: 'OTHER',
    leveringen: [
      {
        teller: 1,
        gemeentecode: '0363',
        aanleverendeOrganisatie: { naam: 'X' },
        vroegsignalen: [
          {
            ID: 'S1',
            bedrag: 100,
            ontstaansdatum: '2026-08-01',
            signaaldatum: '2026-10-20',
            status: 'Opgepakt',
            signaalpartner: { type: 'Hypotheek' },
            client: { postcode: '7411AB', huisnummer: '1' },
          },
        ],
        vroegsignaalzaken: [
          { matchingsdatum: '2026-10-26', datumOpgepakt: '2026-10-26', vroegsignalen: [{ ID: 'S1' }] },
        ],
        ...over,
      },
    ],
  });

  it('refuses a delivery that does not validate, every problem with its path and schema path', async () => {
    const broken = delivery();
    (broken.leveringen[0] as Record<string, unknown>).gemeentecode = 363;
    const dir = fixtureDir({ 'broken.json': JSON.stringify(broken) });
    const r = await runCliEn(['import', 'ddas', 'broken.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'signaalreis: broken.json: leveringen.0.gemeentecode: DDAS schema: must be of type string (schema path #/properties/leveringen/items/properties/gemeentecode/type) (not a DDAS v1.2 delivery signaalreis can read)\n',
    );
    const nl = await runCli(['import', 'ddas', 'broken.json'], { cwd: dir, lang: 'nl' });
    expect(nl.stderr).toContain(
      'leveringen.0.gemeentecode: DDAS-schema: moet tekst zijn (schemapad #/properties/leveringen/items/properties/gemeentecode/type)',
    );
  });

  it('reports what it cannot keep, and exits 1 with --strict', async () => {
    const dir = fixtureDir({ 'd.json': JSON.stringify(delivery()) });
    const r = await runCliEn(['import', 'ddas', 'd.json', '--out', 'imported'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'signaalreis: warning: d.json: leveringen.0: 1 signal has a signal partner without a sector of its own in signaalreis (Hypotheek): kept as sector "other", a new delivery says "Overige"\n',
    );
    expect(json(join(dir, 'imported', 'cases-0363-2026-10.json')).cases[0].signals[0].sector).toBe('other');
    const strict = await runCliEn(['import', 'ddas', 'd.json', '--out', 'strict', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
  });

  it('writes nothing for a delivery without signals', async () => {
    const dir = fixtureDir({
      'd.json': JSON.stringify(delivery({ vroegsignalen: [], vroegsignaalzaken: [] })),
    });
    const r = await runCliEn(['import', 'ddas', 'd.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no signals and no cases: nothing written');
  });

  it.each([
    ['missing.json', {}, /missing\.json: file not found/],
    ['d.json', { 'd.json': '{"startdatumLevering": ' }, /d\.json:1:\d+: /],
    [
      'd.json',
      {
        'd.json': JSON.stringify({
          ...delivery(),
          leveringen: [
            {
              ...delivery().leveringen[0],
              vroegsignalen: [
                {
                  ...delivery().leveringen[0]?.vroegsignalen[0],
                  client: { burgerservicenummer: '123456782' },
                },
              ],
            },
          ],
        }),
      },
      /keeps no BSN/,
    ],
  ])('refuses %s with exit code 2', async (file, files, message) => {
    const r = await runCliEn(['import', 'ddas', file], { cwd: fixtureDir(files) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('123456782');
  });
});
