import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, REPO_ROOT, runCli, runCliEn } from './cli-test-kit';

describe('signaalreis simulate calibrate', () => {
  it('prints the model beside both sources, Dutch by default, every checked figure within ±3 points', async () => {
    const r = await runCli(['simulate', 'calibrate']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^signaalreis simulate calibrate — het uitkomstmodel naast twee bronnen \(200 herhalingen, seed 1;/,
    );
    expect(r.stdout).toMatch(/Steekproef van 66 signalen \(maart 2023\)\s+bron\s+model\s+90 %-interval/);
    expect(r.stdout).toMatch(
      /\n {2}niet bereikt\s+56 %\s+\d\d,\d %\s+\d\d,\d %–\d\d,\d %\s+binnen de marge\n/,
    );
    expect(r.stdout).toMatch(/Landelijke monitor \(2022–2023\)/);
    expect(r.stdout).toMatch(/bereikt, van wie ten minste één keer is gebeld\s+59 %/);
    expect(r.stdout).toMatch(/Alle getoetste cijfers liggen binnen ±3 punten van hun bron\.\n$/);
  });

  it('docs/simulation.md shows what the command prints', async () => {
    const doc = readFileSync(join(REPO_ROOT, 'docs/simulation.md'), 'utf8');
    const shown = /```text\n(signaalreis simulate calibrate[\s\S]*?)\n```/.exec(doc)?.[1];
    expect((await runCli(['simulate', 'calibrate'])).stdout).toBe(`${shown}\n`);
  });

  it('--format json with --replications and --seed: deterministic, in English the same numbers', async () => {
    const args = ['simulate', 'calibrate', '--format', 'json', '--replications', '40', '--seed', '9'];
    const a = await runCli(args);
    const b = await runCliEn(args);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const j = JSON.parse(a.stdout);
    expect(j).toMatchObject({ replications: 40, seed: 9, tolerance: 3 });
    expect(j.rows.map((x: { source: string }) => x.source)).toEqual(
      expect.arrayContaining(['sample-2023', 'national-monitor']),
    );
    const text = await runCliEn(['simulate', 'calibrate', '--replications', '40', '--seed', '9']);
    expect(text.stdout).toMatch(/reached, of those with at least one phone attempt\s+59 %/);
  });

  it('a researcher’s patch: read, applied, and a miss exits with 1', async () => {
    const dir = fixtureDir({
      'eager.json': JSON.stringify({
        reach: { byChannel: { phone: { byAttempt: [0.95], source: 'test' } } },
      }),
    });
    const r = await runCliEn([
      'simulate',
      'calibrate',
      '--replications',
      '20',
      '--parameters',
      join(dir, 'eager.json'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /reached, of those with at least one phone attempt\s+59 %\s+9\d(\.\d)? %.*OUTSIDE the margin/,
    );
    expect(r.stdout).toMatch(/checked figures lie outside ±3 points of their source\.\n$/);
  });

  it('bad input: a bad patch names its keys, a bad number, a missing file', async () => {
    const dir = fixtureDir({
      'bad.json': JSON.stringify({ acceptance: { probability: 35 }, reach: { byChanel: {} } }),
      'broken.json': '{"acceptance": ',
    });
    const bad = await runCliEn(['simulate', 'calibrate', '--parameters', join(dir, 'bad.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/reach\.byChanel: Unknown key "byChanel"/);
    expect(bad.stderr).toMatch(/acceptance\.probability: A probability is a number from 0 to 1/);
    const broken = await runCli(['simulate', 'calibrate', '--parameters', join(dir, 'broken.json')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      /broken\.json: de aanpassing van de parameters klopt niet: acceptance \(regel 1\): Geen JSON/,
    );
    const missing = await runCliEn(['simulate', 'calibrate', '--parameters', join(dir, 'nope.json')]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/file not found/)]);
    for (const n of ['x', '1.5', '0', '100001']) {
      const r = await runCliEn(['simulate', 'calibrate', '--replications', n]);
      expect(r.code, n).toBe(2);
    }
  });
});
