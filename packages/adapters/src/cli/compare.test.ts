import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixtureDir, runCliEn } from './cli-test-kit';

const MONTH = ['examples/data/signals-2026-10.csv', '--month', '2026-10'];
const LOOKUPS = [
  '--register',
  'examples/data/brp-2026-10.csv',
  '--debt-assistance',
  'examples/data/shv-2026-10.csv',
];

describe('signaalreis compare', () => {
  it('replays the example month under two presets: counts add up on both sides, changed cases listed', async () => {
    const out = join(fixtureDir({}), 'changed.csv');
    const r = await runCliEn([
      'compare',
      ...MONTH,
      '--preset',
      'type-medium',
      '--against',
      'practice-4',
      ...LOOKUPS,
      '--format',
      'json',
      '--out',
      out,
    ]);
    // type-medium switches both checks off: the lookups it was given are unused, and it says so
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^signaalreis: warning: preset type-medium: A population register was given, but/,
      ),
      expect.stringMatching(
        /^signaalreis: warning: preset type-medium: A debt-assistance lookup was given, but/,
      ),
    ]);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c).toMatchObject({ a: 'type-medium', b: 'practice-4', month: '2026-10' });
    for (const side of ['a', 'b'] as const) {
      const total = Object.values(c.bySignalStatus as Record<string, { a: number; b: number }>).reduce(
        (n, p) => n + p[side],
        0,
      );
      expect(total).toBe(c.cases);
    }
    const rows = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(c.changed.length);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0] ?? {})).toEqual(
      expect.arrayContaining(['case_id', 'channel_type-medium', 'channel_practice-4']),
    );
  });

  it('a preset against itself changes nothing', async () => {
    const r = await runCliEn(['compare', ...MONTH, '--preset', 'type-small', '--against', 'type-small']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Cases treated differently: 0 of \d+/);
  });

  it('bad input: missing --against, unknown preset', async () => {
    expect((await runCliEn(['compare', ...MONTH, '--preset', 'type-small'])).stderr).toMatch(/--against/);
    const r = await runCliEn(['compare', ...MONTH, '--preset', 'type-small', '--against', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown preset "nope"/);
  });
});
