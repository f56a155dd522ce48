// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style)
// Teams a preset declares, through to DDAS (issue 13): DDAS v1.2 has no team — a contact attempt is
// reported by its contact kind (`contactpogingen[].soort`), which follows the channel of the step.
// A month routed to a declared team goes through `feedback` (records with the team in their plan)
// and the DDAS export: valid against the schema file, each attempt with the DDAS kind of its
// channel — a home visit by "Schuldhulp Noord" is `Huisbezoek`, an appointment at "Spreekuur
// Zuid" is `Afspraak op locatie`. Before, the records of such a month could not be made.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asIsoDate, asMunicipalityCode, type CaseRecord, recordAttempt } from '@signaalreis/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CaseFile, readCaseFile } from '../cases/case-file';
import { runCli } from '../cli/cli-test-kit';
import { ddasDelivery } from './export';
import { DDAS_TABLE, fileValidator, must } from './fixtures.test-support';

const TEAMS = [
  {
    id: 'schuldhulp-noord',
    label: { nl: 'Schuldhulp Noord', en: 'Debt help North' },
    source: 'teamindeling 2026',
  },
  {
    id: 'spreekuur-zuid',
    label: { nl: 'Spreekuur Zuid', en: 'Consultation South' },
    source: 'teamindeling 2026',
  },
];
const PRESET = {
  id: 'mijnstad',
  extends: 'type-medium',
  label: { nl: 'Mijnstad', en: 'Mijnstad' },
  teams: TEAMS,
  routing: {
    table: {
      rulePatches: {
        'match-rent': { then: { steps: [{ channel: 'home-visit', team: 'schuldhulp-noord', attempts: 2 }] } },
        'single-rent': { then: { steps: [{ channel: 'appointment', team: 'spreekuur-zuid', attempts: 1 }] } },
      },
    },
  },
};
const KIND = { 'home-visit': 'Huisbezoek', appointment: 'Afspraak op locatie' } as const;

let file: CaseFile;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'signaalreis-ddas-teams-'));
  writeFileSync(join(dir, 'mijnstad.json'), JSON.stringify(PRESET));
  const run = await runCli([
    'run',
    'examples/data/signals-2026-10.csv',
    '--month',
    '2026-10',
    '--preset',
    join(dir, 'mijnstad.json'),
    '--out',
    join(dir, 'run'),
  ]);
  if (run.code !== 0) throw new Error(run.stderr);
  const fb = await runCli([
    'feedback',
    join(dir, 'run', 'cases.json'),
    '--at',
    '2026-11-02',
    '--out',
    join(dir, 'fb'),
  ]);
  if (fb.code !== 0) throw new Error(fb.stderr);
  file = must(readCaseFile(JSON.parse(readFileSync(join(dir, 'fb', 'cases.json'), 'utf8'))));
}, 180_000);

describe('a declared team in the DDAS export', () => {
  it('records carry the declared team; its attempts go to DDAS with the kind of their channel', () => {
    const worked = file.cases.map((c) => {
      const r = (c as { record?: CaseRecord }).record;
      const step = r?.nextStep;
      if (!r || !step || !TEAMS.some((t) => t.id === step.team)) return c;
      const kind = KIND[step.channel as keyof typeof KIND];
      const day = asIsoDate('2026-10-29');
      return {
        ...c,
        record: must(recordAttempt(r, { kind, reached: false, date: day, time: '10:00' }, DDAS_TABLE, day)),
      };
    });
    const byTeam = (team: string) =>
      worked.filter((c) => (c as { record?: CaseRecord }).record?.plan?.steps.some((s) => s.team === team));
    expect(byTeam('schuldhulp-noord').length).toBeGreaterThan(0);
    expect(byTeam('spreekuur-zuid').length).toBeGreaterThan(0);
    const made = must(
      ddasDelivery(
        {
          period: { from: asIsoDate('2026-10-01'), to: asIsoDate('2026-10-31') },
          supplierCode: 'SIGNAALREIS',
          organisation: 'Gemeente Mijnstad',
          months: [{ municipality: asMunicipalityCode('0014'), caseFile: { ...file, cases: worked } }],
        },
        new Date('2026-11-02T09:00:00Z'),
      ),
    );
    expect(fileValidator()(made.delivery).errors).toBeNull();
    const zaken = new Map(
      made.delivery.leveringen?.[0]?.vroegsignaalzaken?.map((z, i) => [worked[i]?.caseId, z]),
    );
    for (const [team, soort] of [
      ['schuldhulp-noord', 'Huisbezoek'],
      ['spreekuur-zuid', 'Afspraak op locatie'],
    ] as const)
      for (const c of byTeam(team))
        expect(
          zaken.get(c.caseId)?.contactpogingen?.map((p) => p.soort),
          `${team} ${c.caseId}`,
        ).toEqual([soort]);
  });
});
