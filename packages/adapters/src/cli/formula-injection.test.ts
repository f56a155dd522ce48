// Issue 9: names, city, partner and signal ids from a signal file (or a ledger, or a case file)
// that start with a formula trigger must not reach a written CSV as a formula.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSignalId } from '@signaalreis/core';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FORMULA_PAYLOADS, opensAsFormula } from '../output/formula-payloads.test-support';
import { csvText, fixtureDir, REPO_ROOT, row, runCliEn } from './cli-test-kit';

/** Every cell of every CSV in `dir` (header included), parsed back as a spreadsheet would split it. */
function cells(dir: string, files = readdirSync(dir).filter((f) => f.endsWith('.csv'))): string[] {
  return files.flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')) as string[][]).flat());
}

/** The cell as written, with the one neutralising quote removed again. */
const restored = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

const MONTH = ['--month', '2026-10', '--preset', 'type-medium'];
const payloads = FORMULA_PAYLOADS;
const signalFile = () =>
  csvText(
    payloads.map((p, i) =>
      row({
        signal_id: i % 2 === 0 ? p : `S-${i}`,
        partner_id: i % 3 === 0 ? p : 'ZV-ZLD',
        initials: '',
        prefix: '',
        surname: p,
        city: p,
        house_number: String(100 + i),
        bsn: '',
      }),
    ),
  );

describe('spreadsheet formulas in the CSV files signaalreis writes (issue 9)', () => {
  it('run: worklists and capacity.csv hold no cell that opens as a formula; the names are still there', async () => {
    const dir = fixtureDir({ 'signals.csv': signalFile() });
    const r = await runCliEn(['run', 'signals.csv', ...MONTH, '--out', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const all = cells(join(dir, 'out'));
    expect(all.filter(opensAsFormula)).toEqual([]);
    const names = new Set(all.map(restored));
    // the reader trims values; every payload's trimmed text comes back after removing the quote
    for (const p of payloads) if (p.trim()) expect(names, JSON.stringify(p)).toContain(p.trim());
  });

  it('match --out cases.csv: partners and signal ids are neutralised', async () => {
    const dir = fixtureDir({ 'signals.csv': signalFile() });
    const r = await runCliEn(['match', 'signals.csv', ...MONTH, '--out', 'cases.csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const all = cells(dir, ['cases.csv']);
    expect(all.length).toBeGreaterThan(payloads.length);
    expect(all.filter(opensAsFormula)).toEqual([]);
  });

  it('feedback: partner and signal ids from the case file, in feedback-*.csv and actions-due.csv', async () => {
    // case ids have a fixed form (YYYY-MM-NNNN, issue 12): a formula cannot be one
    const cases = payloads.map((p, i) => ({
      caseId: `2026-10-${String(i + 1).padStart(4, '0')}`,
      signalIds: [p],
      signalStatus: 'Niet opgepakt: andere reden',
      intakeOutcome: 'not-picked-up',
      plan: [],
      explanation: { nl: '', en: '' },
      signals: [{ signalId: p, partnerId: i % 2 === 0 ? p : 'ZV-ZLD', sector: 'health', kind: 'early' }],
    }));
    const open = {
      caseId: '2026-10-0999',
      signalIds: ['=S'],
      signalStatus: 'Opgepakt',
      intakeOutcome: 'picked-up',
      plan: [{ channel: 'phone', team: 'municipality', attempts: 2 }],
      explanation: { nl: '', en: '' },
      signals: [{ signalId: '=S', partnerId: '+P', sector: 'energy', kind: 'early' }],
    };
    const file = { month: '2026-10', preset: 'type-medium', cases: [...cases, open] };
    const dir = fixtureDir({ 'cases.json': JSON.stringify(file) });
    const r = await runCliEn(['feedback', 'cases.json', '--at', '2026-10-26', '--out', 'fb'], { cwd: dir });
    // ids may not hold control characters (core's id brands): those cases are refused one by one,
    // each problem with its path and without the id; the other cases are processed (exit 1)
    const isId = (p: string) => parseSignalId(p).ok;
    const refused = payloads.flatMap((p, i) => (isId(p) ? [] : [i]));
    expect(refused.length).toBeLessThan(payloads.length / 4);
    expect(r.code, r.stderr).toBe(refused.length > 0 ? 1 : 0);
    const lines = r.stderr.trim().split('\n');
    for (const line of lines)
      expect(line).toMatch(/^signaalreis: cases\.\d+\.[\w.]+: Control characters are not allowed$/);
    expect([...new Set(lines.map((l) => Number(l.split('.')[1])))]).toEqual(refused);
    const all = cells(join(dir, 'fb'));
    expect(all).toContain('2026-10-0999'); // the open case's timers in actions-due.csv
    expect(all.filter(opensAsFormula)).toEqual([]);
    for (const p of payloads.filter(isId)) expect(all.map(restored)).toContain(p);
  });

  it('criteria --out: customer ids from the ledger are neutralised', async () => {
    const ledger = readFileSync(join(REPO_ROOT, 'examples/data/ledger-energy-2026-10.csv'), 'utf8');
    const [header, ...lines] = ledger.trimEnd().split('\n');
    const bad = lines.slice(0, 8).map((l, i) => `"=HYPERLINK(""http://evil.example/${i}"")"${l.slice(7)}`);
    const dir = fixtureDir({ 'ledger.csv': `${[header, ...bad].join('\n')}\n` });
    const args = ['criteria', 'ledger.csv', '--preset', 'criteria-energy-a', '--date', '2026-10-20'];
    const r = await runCliEn([...args, '--out', 'decisions.csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const all = cells(dir, ['decisions.csv']);
    expect(all).toContain('\'=HYPERLINK("http://evil.example/0")');
    expect(all.filter(opensAsFormula)).toEqual([]);
  });
});
