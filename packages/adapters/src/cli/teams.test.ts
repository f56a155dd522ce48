// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style)
// Teams a preset declares (issue 13) on the command line: `preset show` lists them and names them
// by label, `run` writes their label in the worklists and the capacity summary (ids stay in the
// file names and cases.json), in the language of the command — built-in teams and channels too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../cases/case-file';
import { fixtureDir, REPO_ROOT, runCli } from './cli-test-kit';

const PRESET = {
  id: 'mijnstad',
  extends: 'type-small',
  label: { nl: 'Mijnstad', en: 'Mijnstad' },
  teams: [
    {
      id: 'schuldhulp-noord',
      label: { nl: 'Schuldhulp Noord', en: 'Debt help North' },
      source: 'teamplan 2026',
    },
  ],
  routing: {
    table: {
      rulePatches: {
        visit: { then: { steps: [{ channel: 'home-visit', team: 'schuldhulp-noord', attempts: 2 }] } },
      },
    },
    capacity: [{ channel: 'home-visit', team: 'schuldhulp-noord', perMonth: 8, source: 'teamplan 2026' }],
  },
};
const dir = fixtureDir({ 'mijnstad.json': JSON.stringify(PRESET, null, 2) });
const SIGNALS = join(REPO_ROOT, 'examples/data/signals-2026-10.csv');

describe('a declared team on the command line', () => {
  it('preset show lists the own teams and names them by label in the rules and capacities', async () => {
    const nl = await runCli(['preset', 'show', 'mijnstad.json'], { cwd: dir });
    expect(nl.stdout).toContain('eigen teams:\n  schuldhulp-noord: Schuldhulp Noord [teamplan 2026]\n');
    expect(nl.stdout).toContain('huisbezoek/Schuldhulp Noord×2');
    expect(nl.stdout).toContain('  huisbezoek (Schuldhulp Noord): 8 [teamplan 2026]');
    const en = await runCli(['preset', 'show', 'mijnstad.json', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('own teams:\n  schuldhulp-noord: Debt help North [teamplan 2026]\n');
  });

  it('run: the worklist and capacity.csv show the label, the file name and cases.json the id', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const out = join(dir, `out-${lang}`);
      const r = await runCli(
        ['run', SIGNALS, '--month', '2026-10', '--preset', 'mijnstad.json', '--out', out, '--lang', lang],
        {
          cwd: dir,
        },
      );
      expect(r.code, r.stderr).toBe(0);
      const label = lang === 'nl' ? 'Schuldhulp Noord' : 'Debt help North';
      const visit = lang === 'nl' ? 'huisbezoek' : 'home visit'; // a channel by its label too
      expect(r.stdout).toContain(`  ${visit} / ${label}`);
      // a built-in team by its label in the summary and the capacity summary (the id in the file names)
      expect(r.stdout).toContain(lang === 'nl' ? `  ${visit} / gemeente` : `  ${visit} / municipality`);
      expect(r.stdout).not.toContain('home-visit');
      const read = (name: string) =>
        parse(readFileSync(join(out, name), 'utf8'), { columns: true }) as Record<string, string>[];
      const list = read('worklist-schuldhulp-noord-home-visit.csv');
      expect(list.length).toBeGreaterThan(0);
      expect(new Set(list.map((row) => row.Team ?? row.team))).toEqual(new Set([label]));
      const capacity = read('capacity.csv').filter((row) => (row.Team ?? row.team) === label);
      expect(capacity.map((row) => row.Kanaal ?? row.channel)).toContain(visit);
      // the compact case file leaves out a team its plan gives; read back, every case has it
      const file = readCaseFile(JSON.parse(readFileSync(join(out, 'cases.json'), 'utf8')));
      const cases = (file.ok ? file.value.cases : []) as { team?: string }[];
      expect(cases.some((c) => c.team === 'schuldhulp-noord')).toBe(true);
    }
  });
});
