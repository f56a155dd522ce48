import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixtureDir, runCli, runCliEn } from './cli-test-kit';

/** type-medium for postcodes 7411–7430 only: the example month also has 7431–7439. */
const AREA_PRESET = {
  id: 'medium-area',
  extends: 'type-medium',
  label: { nl: 'Middelgroot, alleen 7411–7430', en: 'Medium, only 7411–7430' },
  matching: { area: { postcodeRanges: [{ from: '7411', to: '7430' }], source: 'test' } },
};

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
      expect(total).toBe(c.cases[side]);
    }
    expect(c.cases).toEqual({ a: c.inBoth, b: c.inBoth });
    expect([c.onlyInA, c.onlyInB]).toEqual([[], []]);
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

  // issue 16: this ended with "unexpected error: The two months do not hold the same cases … this is a bug"
  describe('a reform that changes which cases exist (an area that leaves households out)', () => {
    const dir = fixtureDir({ 'medium-area.json': JSON.stringify(AREA_PRESET) });
    const args = ['compare', ...MONTH, '--preset', 'type-medium', '--against', join(dir, 'medium-area.json')];

    it('JSON: the households outside the area are under type-medium only, counted and listed without personal data', async () => {
      const out = join(dir, 'changed.csv');
      const r = await runCliEn([...args, '--format', 'json', '--out', out]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const c = JSON.parse(r.stdout);
      expect(c.onlyInA.length).toBeGreaterThan(0);
      expect(c.onlyInB).toEqual([]);
      expect(c.cases).toEqual({ a: c.inBoth + c.onlyInA.length, b: c.inBoth });
      expect(c.oneSidedByReason).toEqual({ outside_municipality: { a: c.onlyInA.length, b: 0 } });
      const ids = c.onlyInA.map((x: { caseId: string }) => x.caseId);
      expect(new Set(ids).size).toBe(ids.length);
      // no postcode, house number, name, BSN, phone or e-mail: ids, codes, partner ids, amounts
      expect(JSON.stringify(c.onlyInA)).not.toMatch(/74\d\d ?[A-Z]{2}|@|06-|surname|address/);
      const rows = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(c.changed.length + c.onlyInA.length);
      expect(rows.filter((x) => x.only_under === 'type-medium').map((x) => x.case_id)).toEqual(ids);
      expect(rows.filter((x) => x.reason === 'outside_municipality')).toHaveLength(ids.length);
    });

    it('text, Dutch by default and English with --lang en: counts per reason and the cases listed', async () => {
      const nl = await runCli(args);
      expect(nl.code).toBe(0);
      expect(nl.stdout).toMatch(
        /zaken onder type-medium, \d+ onder medium-area; \d+ huishoudens onder allebei/,
      );
      expect(nl.stdout).toMatch(/Zaken onder één preset \(waarom de andere er geen heeft\)/);
      expect(nl.stdout).toMatch(/buiten het gebied \(postcodes\)\s+\d+\s+0/);
      expect(nl.stdout).toMatch(/Alleen onder type-medium: \d+ zaken/);
      expect(nl.stdout).toMatch(/\n {2}2026-10-\d{4} {2}buiten het gebied \(postcodes\) {2}\S+ {2}\d+ signa/);
      const en = await runCliEn(args);
      expect(en.stdout).toMatch(/Under type-medium only: \d+ cases/);
      expect(en.stdout).toMatch(/outside the area \(postcodes\)/);
    });
  });

  // the summary named channels and teams by id (home-visit, card/call-centre, none) in Dutch
  it('text names channels, teams and buckets by their labels (declared teams too); JSON and --out keep the ids', async () => {
    const preset = {
      id: 'medium-noord',
      extends: 'type-medium',
      label: { nl: 'Middelgroot met Schuldhulp Noord', en: 'Medium with Debt help North' },
      teams: [
        { id: 'schuldhulp-noord', label: { nl: 'Schuldhulp Noord', en: 'Debt help North' }, source: 'test' },
      ],
      matching: { area: { postcodeRanges: [{ from: '7411', to: '7430' }], source: 'test' } },
      routing: {
        table: {
          rulePatches: {
            // biome-ignore lint/suspicious/noThenProperty: a rule names its outcome `then` (json-rules-engine style)
            match: { then: { steps: [{ channel: 'home-visit', team: 'schuldhulp-noord', attempts: 2 }] } },
          },
        },
      },
    };
    const dir = fixtureDir({ 'medium-noord.json': JSON.stringify(preset) });
    const args = [
      'compare',
      ...MONTH,
      '--preset',
      'type-medium',
      '--against',
      join(dir, 'medium-noord.json'),
    ];
    const nl = (await runCli(args)).stdout;
    const en = (await runCliEn(args)).stdout;
    const tableOf = (text: string, title: string) => text.split(`\n${title}`)[1]?.split('\n\n')[0] ?? '';
    const nlChannels = tableOf(nl, 'Eerste kanaal');
    const nlCapacity = tableOf(nl, 'Capaciteit gebruikt');
    for (const label of ['huisbezoek', 'telefoon', 'brief', 'geen'])
      expect(nlChannels).toMatch(new RegExp(`\n  ${label} `));
    expect(nlCapacity).toContain('\n  huisbezoek / Schuldhulp Noord ');
    expect(nlCapacity).toContain('\n  huisbezoek / wijkteam ');
    expect(nlCapacity).toContain('\n  brief / gemeente ');
    expect(nl).toMatch(
      /\n {2}2026-10-\d{4} {2}buiten het gebied \(postcodes\) {2}(Huisbezoek|Telefoon|Brief|Jongeren|Urgent|Crisis) {2}/,
    );
    for (const id of [
      'home-visit',
      'phone',
      'letter',
      'email',
      'none',
      'neighbourhood-team',
      'municipality',
      'schuldhulp-noord',
    ])
      expect(nl, id).not.toMatch(new RegExp(`(?<![\\w-])${id}(?![\\w-])`));
    expect(tableOf(en, 'Primary channel')).toMatch(/\n {2}home visit .*\n {2}none /s);
    expect(tableOf(en, 'Capacity used')).toContain('\n  home visit / Debt help North ');
    expect(en).not.toMatch(/home-visit|neighbourhood-team|schuldhulp-noord/);
    // the machine output keeps the ids
    const out = join(dir, 'changed.csv');
    const c = JSON.parse((await runCliEn([...args, '--format', 'json', '--out', out])).stdout);
    expect(Object.keys(c.byPrimaryChannel)).toEqual(expect.arrayContaining(['home-visit', 'none']));
    expect(Object.keys(c.capacityUsed)).toEqual(expect.arrayContaining(['home-visit/schuldhulp-noord']));
    const rows = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => x['team_medium-noord'])).toContain('schuldhulp-noord');
    expect(rows.map((x) => x['channel_type-medium'])).toContain('home-visit');
  });

  it('bad input: missing --against, unknown preset', async () => {
    expect((await runCliEn(['compare', ...MONTH, '--preset', 'type-small'])).stderr).toMatch(/--against/);
    const r = await runCliEn(['compare', ...MONTH, '--preset', 'type-small', '--against', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown preset "nope"/);
  });
});
