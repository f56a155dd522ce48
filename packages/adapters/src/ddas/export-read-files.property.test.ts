// `signaalreis export ddas` reads each case file with readCaseFile and then makes the delivery
// without checking the files a second time (`deliveryWith` with `filesRead`; issue 14: a national
// quarter's export took ~1.7 s of its ~13 s for that second check). For any case files as the
// command reads them — the compact layout `run` writes, or the full one — the delivery, the counts
// and the warnings are those of `ddasDelivery`, which checks them again; the progress it reports
// does not change them and ends where the work ends.
import { test } from '@fast-check/vitest';
import { asIsoDate } from '@signaalreis/core';
import { describe, expect } from 'vitest';
import { readCaseFile } from '../cases/case-file';
import { caseFileText } from '../cases/case-file-text';
import { DDAS_PROGRESS_EVERY, type DdasExportInput, ddasDelivery, deliveryWith } from './export';
import { monthsArb, must } from './fixtures.test-support';

const NOW = new Date('2026-12-01T08:30:00Z');
const input = (months: DdasExportInput['months'], from = '2026-09-01'): DdasExportInput => ({
  period: { from: asIsoDate(from), to: asIsoDate('2026-11-30') },
  supplierCode: 'SIGNAALREIS',
  organisation: 'Gemeente Voorbeeldstad',
  months,
});

/** The months as the command line has them: each file's text read back by readCaseFile. */
const asRead = (months: DdasExportInput['months'], compact: boolean): DdasExportInput['months'] =>
  months.map((m) => ({
    ...m,
    caseFile: must(readCaseFile(JSON.parse(compact ? caseFileText(m.caseFile) : JSON.stringify(m.caseFile)))),
  }));

describe('a delivery of case files read just before (export ddas)', () => {
  test.prop([monthsArb, monthsArb.map((m) => m.length % 2 === 0)], { numRuns: 60 })(
    'is the delivery, counts and warnings that checking them again gives',
    (months, compact) => {
      // from October: a September file is left out with a warning, in both ways alike
      const i = input(asRead(months, compact), '2026-10-01');
      const checked = ddasDelivery(i, NOW);
      expect(deliveryWith(i, NOW, { filesRead: true })).toEqual(checked);
      expect(JSON.stringify(deliveryWith(i, NOW, { filesRead: true }))).toBe(JSON.stringify(checked));
    },
  );

  test.prop([monthsArb], { numRuns: 30 })(
    'reports the cases made, in order, to their total, then the schema check; the same delivery with and without',
    (months) => {
      const i = input(asRead(months, true));
      const seen: [string, number, number][] = [];
      const made = must(
        deliveryWith(i, NOW, {
          filesRead: true,
          onProgress: (phase, done, total) => seen.push([phase, done, total]),
        }),
      );
      expect(made).toEqual(must(deliveryWith(i, NOW, { filesRead: true })));
      const cases = months.reduce((n, m) => n + m.caseFile.cases.length, 0);
      const steps = seen.filter(([phase]) => phase === 'cases');
      expect(steps.map(([, done]) => done)).toEqual(
        [...Array(Math.floor(cases / DDAS_PROGRESS_EVERY)).keys()]
          .map((k) => (k + 1) * DDAS_PROGRESS_EVERY)
          .concat(cases % DDAS_PROGRESS_EVERY === 0 ? [] : [cases]),
      );
      for (const [, , total] of steps) expect(total).toBe(cases);
      expect(seen.slice(steps.length)).toEqual([
        ['schema', 0, 1],
        ['schema', 1, 1],
      ]);
    },
  );
});
