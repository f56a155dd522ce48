// Issue 9, reading, seen from the command line: what `validate` and `run` report about broken files,
// and that their reports never show a BSN, e-mail address or phone number in full.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvText, fixtureDir, REPO_ROOT, row, runCliEn } from './cli-test-kit';
import type { ValidationReport } from './validation-report';

const example = readFileSync(join(REPO_ROOT, 'examples/data/signals-2026-10.csv'), 'utf8');
const strayed = example
  .split('\n')
  .map((l, i) => (i === 5 ? l.replace(',G.,,Meijer,', ',"G.,,Meijer,') : l))
  .join('\n');

describe('a stray quote in the example month', () => {
  const dir = fixtureDir({ 'strayed.csv': strayed });

  it('validate reads all 250 rows and names the broken line', async () => {
    const r = await runCliEn(['validate', join(dir, 'strayed.csv'), '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as ValidationReport;
    expect(report.rows).toBe(250);
    expect(report.rejectedByCode.unbalanced_quote).toBe(1);
    expect(report.rejected).toContainEqual(
      expect.objectContaining({ row: 5, line: 6, column: 'initials', code: 'unbalanced_quote' }),
    );
  });

  it('run counts 250 rows, one more rejected than the intact month', async () => {
    const args = ['--month', '2026-10', '--preset', 'type-medium', '--out', fixtureDir({})];
    const intact = await runCliEn(['run', 'examples/data/signals-2026-10.csv', ...args]);
    const broken = await runCliEn(['run', join(dir, 'strayed.csv'), ...args]);
    expect(intact.stdout).toMatch(/250 rows: 242 accepted, 8 rejected/);
    expect(broken.stdout).toMatch(/250 rows: 241 accepted, 9 rejected/);
  });
});

describe('UTF-16 files', () => {
  const text = csvText([row()]);
  const le = (bom: boolean) =>
    Uint8Array.from([...(bom ? [0xff, 0xfe] : []), ...[...text].flatMap((c) => [c.charCodeAt(0) & 255, 0])]);
  const dir = fixtureDir({ 'bom.csv': le(true), 'no-bom.csv': le(false) });

  it.each(['bom.csv', 'no-bom.csv'])('%s: the UTF-16 hint, not "binary data"', async (name) => {
    const r = await runCliEn(['validate', join(dir, name)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/UTF-16.*save it as "CSV UTF-8"/);
    expect(r.stderr).not.toMatch(/binary/);
  });
});

describe('personal data in reports', () => {
  const BSNS = ['123456789', '987654321', '12345678901'];
  const EMAILS = ['jan.jansen@example', 'piet@@example.com', 'geen-adres.example.org'];
  const PHONES = ['06-1234567', '+31 6 1234 56789 0', '0031-20-12'];
  const rows = [
    ...BSNS.map((bsn, i) => row({ signal_id: `B${i}`, bsn })),
    ...EMAILS.map((email, i) => row({ signal_id: `E${i}`, email })),
    ...PHONES.map((phone, i) => row({ signal_id: `P${i}`, phone })),
  ];
  const dir = fixtureDir({ 'personal.csv': csvText(rows) });
  const digits = (s: string) => s.replace(/\D/g, '');

  it.each(['json', 'text'])(
    'validate --format %s shows no BSN, e-mail or phone number in full',
    async (format) => {
      const r = await runCliEn(['validate', join(dir, 'personal.csv'), '--format', format]);
      expect(r.code).toBe(0);
      const printed = r.stdout + r.stderr;
      for (const value of [...BSNS, ...EMAILS, ...PHONES]) expect(printed).not.toContain(value);
      for (const line of printed.split('\n'))
        for (const value of [...BSNS, ...PHONES]) expect(digits(line)).not.toContain(digits(value));
      if (format === 'json') {
        const report = JSON.parse(r.stdout) as ValidationReport;
        expect(report.rejectedByCode.invalid_bsn).toBe(3);
        expect(report.flagsByCode).toMatchObject({ invalid_email: 3, invalid_phone: 3 });
        expect(report.rejected.map((x) => x.message)).toContain('BSN ****6789 fails the elfproef');
      }
    },
  );
});
