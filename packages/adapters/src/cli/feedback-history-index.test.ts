// `feedback` writes the case file with the lifecycle records and, beside it, its history index: the
// next month's run then reads the records' `reached` from the index, as it would from the case file
// (issue 14, the year: a municipality's real cycle is run → letters/feedback → next run).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  asCaseId,
  asIsoDate,
  asIsoMonth,
  asPartnerId,
  asSignalId,
  createRecord,
  deliveryDay,
  recordAttempt,
} from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyFromCaseFileText } from '../cases/case-file-lines';
import { HISTORY_INDEX_FILE } from '../cases/history-index';
import { fixtureDir, runCli, runExampleMonth } from './cli-test-kit';
import { historyIndexBeside } from './history-index-file';
import { EXAMPLE_DATA } from './output-digest.test-support';

const root = fixtureDir({});
const august = join(root, 'august');
type CaseLine = {
  caseId: string;
  signalStatus: string;
  signals: { signalId: string; partnerId: string; sector: string }[];
};

/** August's case file with a lifecycle record on its first picked-up case: one attempt, reached. */
function withReachedRecord(): { text: string; caseId: string } {
  const table = lifecyclePreset('ddas');
  if (!table.ok) throw new Error('ddas');
  const lines = readFileSync(join(august, 'cases.json'), 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith('{"caseId"') && l.includes('"signalStatus":"Opgepakt"'));
  const line = lines[at] ?? '';
  const c = JSON.parse(line.replace(/,$/, '')) as CaseLine;
  const start = deliveryDay(asIsoMonth('2026-08'));
  const created = createRecord(
    {
      caseId: asCaseId(c.caseId),
      status: 'picked-up',
      signals: c.signals.map((s) => ({
        signalId: asSignalId(s.signalId),
        partnerId: asPartnerId(s.partnerId),
        sector: s.sector as 'rent',
      })),
    },
    start,
  );
  if (!created.ok) throw new Error(JSON.stringify(created.issues));
  const reached = recordAttempt(
    created.value,
    { kind: 'Telefoon', reached: true, date: start, time: '10:30' },
    table.value,
    start,
  );
  if (!reached.ok) throw new Error(JSON.stringify(reached.issues));
  lines[at] = JSON.stringify({ ...c, record: reached.value }) + (line.endsWith(',') ? ',' : '');
  return { text: lines.join('\n'), caseId: c.caseId };
}

/** Runs September with `history` as its history into `out`; the folder's files as text. */
async function september(history: string, out: string): Promise<Map<string, string>> {
  await runExampleMonth('2026-09', out, [history]);
  const files = readdirSync(out).filter((f) => f !== 'manifest.json');
  return new Map(files.map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

beforeAll(async () => {
  await runExampleMonth('2026-08', august);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('feedback writes the history index of its case file', () => {
  it("gives the records' reached to the next run, as the case file does", async () => {
    const { text, caseId } = withReachedRecord();
    const edited = join(root, 'edited');
    mkdirSync(edited);
    writeFileSync(join(edited, 'cases.json'), text);
    const fb = join(root, 'fb');
    const r = await runCli(['feedback', join(edited, 'cases.json'), '--at', '2026-09-01', '--out', fb]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(fb, HISTORY_INDEX_FILE))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(fb, 'manifest.json'), 'utf8')) as {
      files: { name: string }[];
    };
    expect(manifest.files.map((f) => f.name)).toContain(HISTORY_INDEX_FILE);

    // the index gives exactly what the case file gives, the record's `reached` included
    const fromCases = historyFromCaseFileText(readFileSync(join(fb, 'cases.json'), 'utf8'));
    if (!fromCases?.ok) throw new Error('case file');
    const indexed = historyIndexBeside(join(fb, 'cases.json'));
    expect(indexed).toStrictEqual({ month: '2026-08', entries: fromCases.value.entries });
    const household = JSON.parse(
      text
        .split('\n')
        .find((l) => l.includes(`"caseId":"${caseId}"`))
        ?.replace(/,$/, '') ?? '{}',
    ) as { householdKey: string };
    const own = indexed?.entries.filter((e) => e.householdKey === household.householdKey) ?? [];
    expect(own.length).toBeGreaterThan(0);
    for (const e of own) expect(e.reached).toBe(true);
    // August's own index knew nothing of it
    expect(historyIndexBeside(join(august, 'cases.json'))?.entries.some((e) => e.reached !== undefined)).toBe(
      false,
    );

    // September decides the same from the index as from the case file alone
    const bare = join(root, 'bare');
    cpSync(fb, bare, { recursive: true });
    rmSync(join(bare, HISTORY_INDEX_FILE));
    expect(historyIndexBeside(join(bare, 'cases.json'))).toBeUndefined();
    const fromIndex = await september(join(fb, 'cases.json'), join(root, 'sep-index'));
    const fromFile = await september(join(bare, 'cases.json'), join(root, 'sep-file'));
    expect([...fromIndex.keys()].sort()).toEqual([...fromFile.keys()].sort());
    for (const [name, body] of fromIndex) expect(body, name).toBe(fromFile.get(name));
  }, 120_000);

  it('writes no index beside a case file that a run would refuse as history', async () => {
    const full = {
      month: '2026-10',
      preset: 'medium-default',
      cases: [
        {
          caseId: '2026-10-0001',
          intakeOutcome: 'picked-up',
          priority: 1,
          primaryChannel: 'phone',
          team: 'municipality',
          explanation: { nl: '', en: '' },
          signalIds: ['EN-1'],
          signalStatus: 'Opgepakt',
          plan: [{ channel: 'phone', team: 'municipality', attempts: 2 }],
          signals: [{ signalId: 'EN-1', partnerId: 'EN-WKR', sector: 'energy', kind: 'early' }],
        },
      ],
    };
    const dir = fixtureDir({ 'cases.json': JSON.stringify(full) });
    const r = await runCli(['feedback', 'cases.json', '--at', asIsoDate('2026-10-26'), '--out', 'out'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out'))).not.toContain(HISTORY_INDEX_FILE);
    // a case file of the layout before formats (no `format`, no households): refused as history
    const run = await runCli(
      [
        'run',
        join(EXAMPLE_DATA, 'signals-2026-10.csv'),
        '--month',
        '2026-10',
        '--preset',
        'type-medium',
        '--history',
        join('out', 'cases.json'),
        '--out',
        'run',
      ],
      { cwd: dir },
    );
    expect(run.code).not.toBe(0);
  });
});
