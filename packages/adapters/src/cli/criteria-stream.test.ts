// `signaalreis criteria` reads the ledger a chunk at a time and keeps the decisions on disk by group
// until it writes them: the same file as the whole ledger decided at once, and nothing left behind.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asIsoDate, evaluateLedger } from '@signaalreis/core';
import { criteriaPreset } from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';
import { readLedgerCsv } from '../ledger/read-ledger';
import { csvTable } from '../output/csv-writer';
import { fixtureDir, REPO_ROOT, runCli, runCliEn } from './cli-test-kit';
import {
  COLUMNS,
  type Decision,
  evaluatedDecision,
  rejectedDecision,
  unreadableDecision,
} from './criteria-decisions';
import { csvHeaders } from './messages/columns';

const EXAMPLE = readFileSync(join(REPO_ROOT, 'examples/data/ledger-energy-2026-10.csv'), 'utf8');
const DATE = asIsoDate('2026-10-20');

/**
 * The example ledger's rows `copies` times over (ids made unique per copy, but every seventh copy
 * repeats the first copy's ids: duplicates), with unreadable lines between: a few hundred KB, many
 * chunks of the reader.
 */
function bigLedger(copies: number): string {
  const [header, ...rows] = EXAMPLE.trimEnd().split('\n');
  const lines = [header];
  for (let k = 0; k < copies; k++) {
    const suffix = k % 7 === 6 ? '-0' : `-${k}`;
    for (const r of rows) lines.push(r.replace(/^([^,]*)/, `$1${suffix}`));
    lines.push(`BAD-${k},EN-WKR,energie,"12,50`); // a quote left open: the rest of the line
    lines.push(
      `CTL-${k},EN-WKR,ener\u0001gie,"12,50",,,2,2026-08-07,2026-09-06,0,ja,nee,nee,geen,nee,nee,,ja,`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The decisions file as the whole ledger decided at once gives it. */
function wholeDecisions(text: string, lang: 'nl' | 'en', dialect: 'rfc4180' | 'excel-nl'): string {
  const ledger = readLedgerCsv(text);
  const table = criteriaPreset('criteria-energy-a');
  if (!ledger.ok || !table.ok) throw new Error('the example reads');
  const usable = ledger.value.rows.flatMap((r) => (r.value ? [r.value] : []));
  const evaluated = evaluateLedger(table.value, usable, DATE);
  if (!evaluated.ok) throw new Error('the table is in effect');
  const { delivered, notDelivered, invalid } = evaluated.value;
  const decisions: Decision[] = [
    ...delivered.map((d) => evaluatedDecision(d, lang)),
    ...notDelivered.map((d) => evaluatedDecision(d, lang)),
    ...invalid.map((x) => rejectedDecision(x, lang)),
    ...ledger.value.rows.filter((r) => !r.value).map((r) => unreadableDecision(r, lang)),
  ];
  const headers = csvHeaders(lang);
  return csvTable(decisions, { columns: COLUMNS, dialect, ...(headers ? { headers } : {}) });
}

const spillsIn = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.signaalreis-spill-'));

describe('signaalreis criteria, a ledger read a chunk at a time', () => {
  const text = bigLedger(40);
  const dir = fixtureDir({ 'ledger.csv': text });
  const args = ['criteria', 'ledger.csv', '--preset', 'criteria-energy-a', '--date', DATE];

  it('writes the decisions in their groups, as the whole ledger decided at once', async () => {
    expect(text.length).toBeGreaterThan(4 * 64 * 1024);
    const nl = await runCli([...args, '--out', 'out/decisions.csv'], { cwd: dir });
    expect(nl.stderr).toBe('');
    expect(nl.code).toBe(0);
    expect(readFileSync(join(dir, 'out/decisions.csv'), 'utf8')).toBe(wholeDecisions(text, 'nl', 'rfc4180'));
    const en = await runCliEn([...args, '--out', 'en.csv', '--csv-dialect', 'excel-nl'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(readFileSync(join(dir, 'en.csv'), 'utf8')).toBe(wholeDecisions(text, 'en', 'excel-nl'));
    expect([...spillsIn(dir), ...spillsIn(join(dir, 'out'))]).toEqual([]);
  });

  it('counts every row once: duplicates and unreadable lines among them', async () => {
    const r = await runCliEn([...args, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.rows).toBe(40 * 84);
    expect(s.delivered + s.notDelivered + s.invalid).toBe(s.rows);
    // the five copies that repeat the first copy's ids: each of its rows that gets as far as the check
    const example = join(REPO_ROOT, 'examples/data/ledger-energy-2026-10.csv');
    const once = JSON.parse(
      (await runCliEn(['criteria', example, ...args.slice(2), '--format', 'json'])).stdout,
    );
    expect(s.invalidByCode).toMatchObject({
      duplicate_customer: 5 * (once.rows - once.invalid),
      unbalanced_quote: 40,
      control_character: 40,
    });
    expect(spillsIn(dir)).toEqual([]);
  });

  it('leaves nothing behind when the decisions cannot be written', async () => {
    mkdirSync(join(dir, 'taken'), { recursive: true });
    mkdirSync(join(dir, 'taken', 'decisions.csv'));
    const r = await runCliEn([...args, '--out', 'taken/decisions.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/decisions\.csv/);
    expect(spillsIn(join(dir, 'taken'))).toEqual([]);
  });

  it('bad input: an empty file, a header only, a table not in effect on the date', async () => {
    const bad = fixtureDir({ 'empty.csv': '', 'header.csv': `${EXAMPLE.split('\n')[0]}\n` });
    const empty = await runCliEn(['criteria', 'empty.csv', '--preset', 'criteria-water', '--date', DATE], {
      cwd: bad,
    });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/empty\.csv: .*header/i);
    const header = await runCliEn(
      ['criteria', 'header.csv', '--preset', 'criteria-energy-a', '--date', DATE, '--format', 'json'],
      { cwd: bad },
    );
    expect(header.code).toBe(0);
    expect(JSON.parse(header.stdout)).toMatchObject({ rows: 0, delivered: 0, invalid: 0 });
    const early = await runCliEn(
      [
        'criteria',
        'ledger.csv',
        '--preset',
        'criteria-energy-regulation-2023',
        '--date',
        '2001-01-02',
        '--out',
        'x.csv',
      ],
      { cwd: dir },
    );
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/criteria-energy-regulation-2023 on 2001-01-02/);
    expect(spillsIn(dir)).toEqual([]);
  });
});
