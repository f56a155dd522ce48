// `signaalreis simulate --preset --reform …` (issue 16): the files it writes, its summary in Dutch
// and English, determinism (also across worker counts) and bad input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, runCli, runCliEn } from './cli-test-kit';

const REFORM = JSON.stringify({
  id: 'no-limits',
  label: { nl: 'Geen capaciteitsgrenzen', en: 'No capacity limits' },
  preset: { routing: { capacity: [] } },
});
const small = (dir: string, out: string, extra: string[] = []) => [
  'simulate',
  '--preset',
  'type-small',
  '--reform',
  join(dir, 'no-limits.json'),
  '--months',
  '2',
  '--start',
  '2027-01',
  '--replications',
  '3',
  '--municipality',
  '3000',
  '--out',
  join(dir, out),
  ...extra,
];

describe('signaalreis simulate', () => {
  it('writes simulation.json and simulation.csv and prints the totals with intervals, in Dutch', async () => {
    const dir = fixtureDir({ 'no-limits.json': REFORM });
    const r = await runCli(small(dir, 'out'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^signaalreis simulate — 2 maanden vanaf 2027-01, 3 herhalingen, seed "1", gemeenten: inhabitants-3000\n/,
    );
    expect(r.stdout).toMatch(
      /\nbereikt\n {2}scenario\s+gemiddelde \[90 %\]\s+verschil \[90 %\]\n {2}basis\s+[\d,]+ \[\d+ – \d+\]\n {2}no-limits\s+[\d,]+ \[\d+ – \d+\]\s+[+-]?[\d,]+ \[/,
    );
    // money with its sign before the euro sign, as simulation.html writes it (seen: `€ +35.503`, `€ -18.662`)
    expect(r.stdout).toMatch(/\nkosten\n {2}scenario.*\n {2}basis\s+€ [\d.]+ \[€ [\d.]+ – € [\d.]+\]/);
    expect(r.stdout).not.toMatch(/€ [+\-\u2212]/);
    const json = JSON.parse(readFileSync(join(dir, 'out', 'simulation.json'), 'utf8'));
    expect(json).toMatchObject({
      format: 'signaalreis-simulation/1',
      seed: '1',
      months: ['2027-01', '2027-02'],
      replications: 3,
    });
    expect(json.scenarios.map((s: { id: string; lineage: string[] }) => [s.id, s.lineage[0]])).toEqual([
      ['base', 'type-small'],
      ['no-limits', 'no-limits'],
    ]);
    const csv = readFileSync(join(dir, 'out', 'simulation.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('scenario,month,measure,mean,p05,p95,delta_mean,delta_p05,delta_p95,replications');
    expect(csv).toContain(csv.find((l) => /^base,total,signals,[\d.]+,\d+,\d+,,,,3$/.test(l)));
    expect(csv.filter((l) => l.startsWith('no-limits,total,signals,')).at(0)).toMatch(/,0,0,0,3$/); // same signals under both
    expect(csv.length - 2).toBe(json.rows.length);
  });

  it('in English, and --format json prints the result', async () => {
    const dir = fixtureDir({ 'no-limits.json': REFORM });
    const en = await runCliEn(small(dir, 'en'));
    expect(en.stdout).toMatch(/^signaalreis simulate — 2 months from 2027-01/);
    expect(en.stdout).toMatch(/\nhelp accepted\n {2}scenario\s+mean \[90 %\]\s+difference \[90 %\]\n/);
    expect(en.stdout).toMatch(/\n {2}base\s+[\d,.]+ \[/);
    const json = await runCli(small(dir, 'json', ['--format', 'json']));
    expect(JSON.parse(json.stdout).rows.length).toBeGreaterThan(0);
  });

  it('the same seed gives byte-identical output, with 1 or 2 workers; another seed another', async () => {
    const dir = fixtureDir({ 'no-limits.json': REFORM });
    await runCli(small(dir, 'a', ['--workers', '1']));
    const two = await runCli(small(dir, 'b', ['--workers', '2']));
    expect(two.stderr).toBe('');
    await runCli(small(dir, 'c', ['--seed', 'another']));
    const read = (out: string) => readFileSync(join(dir, out, 'simulation.json'), 'utf8');
    expect(read('b')).toBe(read('a'));
    expect(readFileSync(join(dir, 'b', 'simulation.csv'), 'utf8')).toBe(
      readFileSync(join(dir, 'a', 'simulation.csv'), 'utf8'),
    );
    expect(read('c')).not.toBe(read('a'));
  });

  it('bad input: each refused with a readable reason and exit code 2', async () => {
    const dir = fixtureDir({
      'no-limits.json': REFORM,
      'broken.json': '{\n  "id": "x",\n  "label": ',
      'bad-outcome.json': JSON.stringify(
        { id: 'x', label: { nl: 'x', en: 'x' }, preset: {}, outcome: { acceptance: { probability: 3 } } },
        null,
        2,
      ),
      'base.json': JSON.stringify({ id: 'base', label: { nl: 'x', en: 'x' }, preset: {} }),
    });
    const cases: [string[], RegExp][] = [
      [['simulate', '--out', join(dir, 'o')], /Give --preset \(the base\) and --out/],
      [small(dir, 'o', ['--reform', join(dir, 'missing.json')]), /missing\.json: .*file not found/i],
      [small(dir, 'o', ['--reform', join(dir, 'broken.json')]), /broken\.json label \(line 3\): Not JSON/],
      [
        small(dir, 'o', ['--reform', join(dir, 'bad-outcome.json')]),
        /bad-outcome\.json outcome\.acceptance\.probability \(line 10\): A probability is a number from 0 to 1/,
      ],
      [small(dir, 'o', ['--reform', join(dir, 'base.json')]), /may not be called "base"/],
      [small(dir, 'o', ['--reform', join(dir, 'no-limits.json')]), /Two reforms are called "no-limits"/],
      [
        ['simulate', '--preset', 'type-smal', '--out', join(dir, 'o')],
        /preset: Unknown preset "type-smal".*type-small/,
      ],
      [
        small(dir, 'o', ['--months', '0']),
        /months: The number of months must be a whole number from 1 to 120/,
      ],
      [small(dir, 'o', ['--months', 'twelve']), /expected a whole number/],
      [small(dir, 'o', ['--replications', '0']), /replications: The number of replications/],
      [small(dir, 'o', ['--seed', '']), /seed: The seed is a text of 1 to 200 characters/],
      [small(dir, 'o', ['--workers', '0']), /workers: The number of workers/],
      [
        small(dir, 'o', ['--municipality', 'huge']),
        /expected small, medium, large, regional or a number of inhabitants, not "huge"/,
      ],
      [small(dir, 'o', ['--start', '2027-13']), /expected a month as YYYY-MM, not "2027-13"/],
    ];
    for (const [args, message] of cases) {
      const r = await runCliEn(args);
      expect([r.code, r.stderr], args.join(' ')).toEqual([2, expect.stringMatching(message)]);
    }
    const nl = await runCli(small(dir, 'o', ['--months', '0']));
    expect(nl.stderr).toMatch(/Het aantal maanden moet een geheel getal van 1 tot en met 120 zijn/);
    // several problems of a file: one line, each told apart (they ran together: "… { … } badfield.json preset …")
    const several = fixtureDir({
      'no-limits.json': REFORM,
      'badfield.json': '{"id":"x","capacity":{"phone":"veel"}}',
    });
    const r = await runCli(small(several, 'o', ['--reform', join(several, 'badfield.json')]));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('; ')).toHaveLength(3);
  });
});
