// The example month (October 2026, type-medium) as the report's tests use it: planned with the
// preset, written as the run's case file, and some lifecycle records with contact attempts, so that
// every chart of the report has something to draw. Synthetic data only (examples/data).
import { readFileSync } from 'node:fs';
import {
  asIsoDate,
  asIsoMonth,
  type CaseRecord,
  createRecord,
  type IsoDate,
  type LifecycleTable,
  type MonthlyReport,
  monthlyReport,
  type PlannedMonth,
  recordAttempt,
} from '@signaalreis/core';
import { lifecyclePreset, municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import type { CaseFile } from '../cases/case-file';
import { plannedCaseFile } from '../cases/run-output';
import { okValue } from '../csv/fixtures.test-support';
import { importSignalsCsv } from '../csv/import-signals';
import { reportMonthOf } from './report-month';

const example = (month: string) =>
  readFileSync(new URL(`../../../../examples/data/signals-${month}.csv`, import.meta.url));

/** The type-medium preset and the DDAS lifecycle table. */
export const PRESET = okValue(municipalityPreset('type-medium'));
export const DDAS: LifecycleTable = okValue(lifecyclePreset('ddas'));

/** A month of the examples planned with type-medium (no history: each month on its own). */
export async function plannedExample(month: '2026-08' | '2026-09' | '2026-10'): Promise<PlannedMonth> {
  const signals = okValue(
    await importSignalsCsv(example(month), { today: asIsoDate('2026-11-01') }),
  ).accepted;
  return okValue(await runPresetMonth(PRESET, { month: asIsoMonth(month), signals }));
}

/**
 * The run's case file of a month, with a lifecycle record for every case intake picked up and, for
 * every third of those, an attempt on its first planned channel two days after intake (reached for
 * every sixth): a month part way through its contact work.
 */
export function withAttempts(file: CaseFile): CaseFile {
  const day = (d: number) => asIsoDate(`${file.month}-${String(26 + d).padStart(2, '0')}`) as IsoDate;
  const kindOf = {
    letter: 'Brief',
    card: 'Kaartje',
    email: 'Mail',
    sms: 'SMS/Whatsapp',
    phone: 'Telefoon',
    'home-visit': 'Huisbezoek',
  } as const;
  let n = 0;
  return {
    ...file,
    cases: file.cases.map((c) => {
      if (c.signalStatus !== 'Opgepakt') return c;
      const signals = c.signals.map((s) => ({
        signalId: s.signalId,
        partnerId: s.partnerId,
        sector: s.sector,
      }));
      let record: CaseRecord = okValue(
        createRecord({ caseId: c.caseId, status: 'picked-up', signals }, day(0)),
      );
      const plan = (c.plan ?? []) as { channel: keyof typeof kindOf }[];
      n += 1;
      const first = plan[0];
      if (first && n % 3 === 0)
        record = okValue(
          recordAttempt(
            record,
            { kind: kindOf[first.channel], reached: n % 6 === 0, date: day(2), partOfDay: 'Middag' },
            DDAS,
            day(2),
          ),
        );
      return { ...c, record };
    }),
  };
}

/** The figures of October with attempts, a three-month trend (August and September without records). */
export async function exampleFigures(): Promise<{ figures: MonthlyReport; october: CaseFile }> {
  const files = await Promise.all(
    (['2026-08', '2026-09', '2026-10'] as const).map(async (m) =>
      plannedCaseFile(await plannedExample(m), 'type-medium'),
    ),
  );
  const october = withAttempts(files[2] as CaseFile);
  const months = [files[0] as CaseFile, files[1] as CaseFile, october].map((f) =>
    okValue(reportMonthOf(f, DDAS)),
  );
  const figures = okValue(
    monthlyReport({
      month: asIsoMonth('2026-10'),
      months: 3,
      cases: months,
      capacity: PRESET.routing.capacity,
      on: asIsoDate('2026-11-02'),
    }),
  );
  return { figures, october };
}
