// The example months (examples/data, August to October 2026) run with the type-medium preset, each
// with the earlier months' case files as history, as case files and as months to store. Not part
// of the public API.
import { fileURLToPath } from 'node:url';
import type { StoredMonth } from '@signaalreis/core';
import {
  asIsoDate,
  asIsoMonth,
  type HistoryEntry,
  type IsoMonth,
  type MunicipalityCode,
  type PlannedMonth,
  type Signal,
} from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { type CaseFile, historyFromCaseFile } from '../../cases/case-file';
import { plannedCaseFile } from '../../cases/run-output';
import { readSignalsFile } from '../../files/read-signals-file';
import { storedMonthOf } from '../stored-month';

const DATA = fileURLToPath(new URL('../../../../../examples/data/', import.meta.url));

/** The accepted signals of an example month's CSV file. */
export async function signalsOf(month: string): Promise<Signal[]> {
  const out: Signal[] = [];
  for await (const e of readSignalsFile(`${DATA}signals-${month}.csv`, { today: asIsoDate('2026-11-02') }))
    if (e.type === 'accepted') out.push(e.signal);
  return out;
}

/** One example month: what the run planned, its case file, and the history it was run with. */
export interface ExampleMonth {
  month: IsoMonth;
  planned: PlannedMonth;
  file: CaseFile;
  history: HistoryEntry[];
}

let cache: Promise<ExampleMonth[]> | undefined;

/** August, September and October 2026, each run with the case files of the months before it. */
export function exampleMonths(): Promise<ExampleMonth[]> {
  cache ??= (async () => {
    const preset = municipalityPreset('type-medium');
    if (!preset.ok) throw new Error('type-medium does not load');
    const out: ExampleMonth[] = [];
    for (const m of ['2026-08', '2026-09', '2026-10']) {
      const history = out.flatMap((e) => historyFromCaseFile(e.file));
      const run = await runPresetMonth(preset.value, {
        month: asIsoMonth(m),
        signals: await signalsOf(m),
        history,
      });
      if (!run.ok) throw new Error(`${m} does not run`);
      out.push({
        month: asIsoMonth(m),
        planned: run.value,
        file: plannedCaseFile(run.value, 'type-medium'),
        history,
      });
    }
    return out;
  })();
  return cache;
}

/** An example month as a municipality stores it. */
export const storedExample = (e: ExampleMonth, municipality: MunicipalityCode): StoredMonth =>
  storedMonthOf({ ...e.file, municipality }, municipality);
