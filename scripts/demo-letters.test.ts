// The letters demo (`npm run demo:letters`) end to end: the example month's letters, cards and
// e-mails, their attempts recorded, and the report that then counts them — synthetic data only, and
// no name of the example people in the manifest, the summary or on the terminal.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'packages/adapters/dist/cli.js');
const built = existsSync(CLI);
const out = mkdtempSync(join(tmpdir(), 'signaalreis-demo-letters-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run demo:letters (scripts/demo-letters.mjs)', () => {
  it.skipIf(!built)(
    `${built ? '' : 'SKIPPED: packages/adapters/dist/cli.js is not built; would check that '}the example month's letters are made and the report counts them`,
    () => {
      const demo = spawnSync(process.execPath, [join(ROOT, 'scripts/demo-letters.mjs')], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 280_000,
        env: { ...process.env, SIGNAALREIS_DEMO_OUT: out, SIGNAALREIS_STORE: '' },
      });
      expect(demo.status, demo.stderr).toBe(0);
      const letters = join(out, 'letters-2026-10');
      const manifest = JSON.parse(readFileSync(join(letters, 'letters.json'), 'utf8'));
      const count = (channel: string) =>
        manifest.items.filter((x: { channel: string }) => x.channel === channel).length;
      expect(count('letter')).toBeGreaterThan(50);
      for (const f of ['print-letters.pdf', 'print-cards.pdf', 'skipped.csv', 'cases.json'])
        expect(existsSync(join(letters, f)), f).toBe(true);
      const figures = JSON.parse(readFileSync(join(out, 'report-2026-10', 'report.json'), 'utf8'));
      const attempts = (kind: string) =>
        figures.contact.byKind.find((k: { kind: string }) => k.kind === kind)?.attempts;
      expect([attempts('Brief'), attempts('Kaartje'), attempts('Mail')]).toEqual([
        count('letter'),
        count('card'),
        count('email'),
      ]);
      const csv = readFileSync(join(ROOT, 'examples/data/signals-2026-10.csv'), 'utf8');
      const surnames = new Set(
        csv
          .split('\n')
          .slice(1)
          .map((line) => line.split(',')[12] ?? '')
          .filter((name) => name.length > 4),
      );
      const text = `${readFileSync(join(letters, 'letters.json'), 'utf8')}${readFileSync(join(letters, 'skipped.csv'), 'utf8')}${demo.stdout}${demo.stderr}`;
      expect([...surnames].filter((name) => text.includes(name))).toEqual([]);
    },
    300_000,
  );
});
