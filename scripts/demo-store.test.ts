// The README's store demo (`npm run demo:store`) end to end: three example months through a new
// embedded store, their lifecycle, and the DDAS delivery of the period read from the store — the
// delivery must validate against the official schema and hold every signal of the three months,
// and no name of the example people.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDdasDelivery } from '@signaalreis/adapters/ddas';
import { readSignalsFile } from '@signaalreis/adapters/files';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'packages/adapters/dist/cli.js');
const built = existsSync(CLI);
const out = mkdtempSync(join(tmpdir(), 'signaalreis-demo-store-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run demo:store (scripts/demo-store.mjs)', () => {
  it.skipIf(!built)(
    `${built ? '' : 'SKIPPED: packages/adapters/dist/cli.js is not built; would check that '}three months go through the store and the period is delivered as schema-valid DDAS`,
    async () => {
      const demo = spawnSync(process.execPath, [join(ROOT, 'scripts/demo-store.mjs')], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 240_000,
        env: { ...process.env, SIGNAALREIS_DEMO_OUT: out, SIGNAALREIS_STORE: '' },
      });
      expect(demo.stderr).toBe('');
      expect(demo.status).toBe(0);
      const delivery = JSON.parse(readFileSync(join(out, 'ddas-2026-08-01-2026-10-31.json'), 'utf8'));
      const valid = validateDdasDelivery(delivery);
      expect(valid.ok).toBe(true);
      const levering = delivery.leveringen;
      expect(levering.map((l: { gemeentecode: string }) => l.gemeentecode)).toEqual(['0363']);
      // every accepted signal of the three months is delivered, once
      let accepted = 0;
      const surnames = new Set<string>();
      for (const month of ['2026-08', '2026-09', '2026-10']) {
        for await (const e of readSignalsFile(join(ROOT, `examples/data/signals-${month}.csv`))) {
          if (e.type !== 'accepted') continue;
          accepted++;
          const surname = e.signal.person?.surname;
          if (surname && surname.length > 4) surnames.add(surname);
        }
      }
      expect(levering[0].vroegsignalen).toHaveLength(accepted);
      expect(demo.stdout).toContain(`0363: ${accepted} signalen`);
      const text = JSON.stringify(delivery);
      expect([...surnames].filter((name) => text.includes(`"${name}"`))).toEqual([]);
      expect(demo.stdout).toMatch(/eerder: 480 signalen van 2026-08, 2026-09/);
    },
    300_000,
  );
});
