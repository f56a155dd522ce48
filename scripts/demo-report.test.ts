// The README's report demo (`npm run demo:report`) end to end: three example months run into case
// files, October's lifecycle, and the report of October — three files, no warnings, the figures of
// October's cases, and no name of the example people in any file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'packages/adapters/dist/cli.js');
const built = existsSync(CLI);
const out = mkdtempSync(join(tmpdir(), 'signaalreis-demo-report-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run demo:report (scripts/demo-report.mjs)', () => {
  it.skipIf(!built)(
    `${built ? '' : 'SKIPPED: packages/adapters/dist/cli.js is not built; would check that '}the example month's report is written from three months of case files`,
    () => {
      const demo = spawnSync(process.execPath, [join(ROOT, 'scripts/demo-report.mjs')], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 240_000,
        env: { ...process.env, SIGNAALREIS_DEMO_OUT: out, SIGNAALREIS_STORE: '' },
      });
      expect(demo.stderr).toBe('');
      expect(demo.status).toBe(0);
      const dir = join(out, 'report-2026-10');
      const figures = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
      const october = JSON.parse(readFileSync(join(out, '2026-10-feedback/cases.json'), 'utf8'));
      expect(figures.totals.cases).toBe(october.cases.length);
      expect(figures.trend.map((t: { present: boolean }) => t.present)).toEqual([true, true, true]);
      // October's records exist: every case has a DDAS status now, the crisis deadlines are known
      expect(figures.contact.casesWithRecord).toBe(october.cases.length);
      const html = readFileSync(join(dir, 'report.html'), 'utf8');
      expect(html.match(/<figure class="chart"/g)?.length).toBeGreaterThanOrEqual(6);
      const csv = readFileSync(join(ROOT, 'examples/data/signals-2026-10.csv'), 'utf8');
      const surnames = new Set(
        csv
          .split('\n')
          .slice(1)
          .map((line) => line.split(',')[12] ?? '')
          .filter((name) => name.length > 4),
      );
      expect(surnames.size).toBeGreaterThan(10);
      const text = `${html}\n${readFileSync(join(dir, 'report.json'), 'utf8')}`;
      expect([...surnames].filter((name) => text.includes(name))).toEqual([]);
      expect(demo.stdout).toMatch(/Maandrapport 2026-10: \d+ signalen, \d+ zaken, trend over 3 maand\(en\)/);
    },
    300_000,
  );
});
