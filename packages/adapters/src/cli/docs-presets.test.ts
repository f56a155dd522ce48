// The walk-through of docs/presets.md works as written: copy a type default with `extends`, change
// numbers, validate, diff, and run a month with it — only JSON and the command line. It checks the
// English output (--lang en), as docs/presets.md shows it; the command line is Dutch by default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, REPO_ROOT, runCliEn } from './cli-test-kit';

const doc = readFileSync(join(REPO_ROOT, 'docs/presets.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Copy with `extends`'));
const myTown = section.match(/```json\n([\s\S]*?)\n```/)?.[1] ?? '';

describe('docs/presets.md: a municipality makes its own preset', () => {
  it('the documented my-town.json validates, differs from type-small as shown, and runs a month', async () => {
    const dir = fixtureDir({ 'my-town.json': myTown });
    const validate = await runCliEn(['preset', 'validate', 'my-town.json'], { cwd: dir });
    expect(validate.stdout).toMatch(/my-town.json: ok — my-town → type-small → national-baseline/);
    expect(validate.code).toBe(0);

    const diff = await runCliEn(['preset', 'diff', 'type-small', 'my-town.json'], { cwd: dir });
    expect(diff.code).toBe(0);
    for (const line of [
      'intake.floor.defaultCents: € 0,00 → € 75,00',
      'Capacity home visit (all teams): 20 → 12 a month',
    ]) {
      expect(diff.stdout).toContain(line);
      expect(doc).toContain(line);
    }

    const csv = join(REPO_ROOT, 'examples/data/signals-2026-10.csv');
    const run = await runCliEn(
      [
        'run',
        csv,
        '--month',
        '2026-10',
        '--preset',
        'my-town.json',
        '--format',
        'json',
        '--out',
        join(dir, 'out'),
      ],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(0);
    const j = JSON.parse(run.stdout);
    expect(j.preset).toBe('my-town');
    const visits = j.capacity.find(
      (u: { channel: string; team?: string }) => u.channel === 'home-visit' && !u.team,
    );
    expect(visits).toMatchObject({ perMonth: 12 });
    expect(visits.used).toBeLessThanOrEqual(12);
  });
});
