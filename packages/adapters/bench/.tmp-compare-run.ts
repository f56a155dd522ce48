// Temporary (not committed): the example month through this worktree's run output, written like `signaalreis run`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asIsoDate, asIsoMonth, historyFromSignals, type HistoryEntry, type Signal } from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { importSignalsCsv } from '../src/csv/index';
import { loadDebtAssistanceCsv, loadPopulationRegisterCsv } from '../src/lookups/index';
import { capacityCsv, plannedCaseFile, runJson, worklists } from '../src/cases/run-output';

const today = asIsoDate('2026-12-01');
async function signals(path: string): Promise<Signal[]> {
  const r = await importSignalsCsv(readFileSync(path), { today });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.accepted;
}
async function run(presetId: string, out: string, history: string[], register?: string, shv?: string) {
  const preset = municipalityPreset(presetId);
  if (!preset.ok) throw new Error(JSON.stringify(preset.issues));
  const entries: HistoryEntry[] = [];
  for (const h of history) entries.push(...historyFromSignals(await signals(h)));
  const lookups: Record<string, unknown> = {};
  if (register) { const r = await loadPopulationRegisterCsv(register); if (!r.ok) throw new Error('brp'); lookups.register = r.value.register; }
  if (shv) { const r = await loadDebtAssistanceCsv(shv); if (!r.ok) throw new Error('shv'); lookups.debtAssistance = r.value.register; }
  const m = await runPresetMonth(preset.value, {
    month: asIsoMonth('2026-10'),
    signals: await signals('examples/data/signals-2026-10.csv'),
    history: entries,
    lookups,
  });
  if (!m.ok) throw new Error(JSON.stringify(m.issues.slice(0, 3)));
  mkdirSync(out, { recursive: true });
  for (const [key, csv] of worklists(m.value)) writeFileSync(join(out, `worklist-${key.replace('/', '-')}.csv`), csv);
  writeFileSync(join(out, 'capacity.csv'), capacityCsv(m.value));
  writeFileSync(join(out, 'cases.json'), `${JSON.stringify(plannedCaseFile(m.value, preset.value.preset.id), null, 2)}\n`);
  writeFileSync(join(out, 'run.json'), `${JSON.stringify(runJson(m.value, preset.value.preset.id), null, 2)}\n`);
}
await run('type-medium', '/tmp/new-run-medium', ['examples/data/signals-2026-08.csv', 'examples/data/signals-2026-09.csv']);
await run('practice-4', '/tmp/new-run-p4', [], 'examples/data/brp-2026-10.csv', 'examples/data/shv-2026-10.csv');
