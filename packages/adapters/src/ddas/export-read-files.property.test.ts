// `signaalreis export ddas` reads each case file with readCaseFile and then makes the delivery a
// month at a time without checking the files a second time (`DdasExportInParts` with `filesRead`;
// issue 14: a national quarter's export took ~1.7 s of its ~13 s for that second check). For any case
// files as the command reads them — the compact layout `run` writes, or the full one — the text,
// the counts and the warnings are those of `ddasDelivery`, which checks them again; `onCase` is
// called once for each case made and does not change them.
import { test } from '@fast-check/vitest';
import { asIsoDate } from '@signaalreis/core';
import { describe, expect } from 'vitest';
import { readCaseFile } from '../cases/case-file';
import { caseFileText } from '../cases/case-file-text';
import { type DdasExportInput, ddasDelivery } from './export';
import { DdasExportInParts, type DdasMonthTexts } from './export-parts';
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

/** The delivery of `input` made a month at a time from files read just before: its text, counts and warnings. */
function readInParts(input: DdasExportInput, onCase?: () => void) {
  const { months, ...head } = input;
  const parts = new DdasExportInParts(head, NOW, { filesRead: true, ...(onCase ? { onCase } : {}) });
  const kept: (DdasMonthTexts | undefined)[] = months.map((m) => parts.add(m));
  const done = must(parts.finish());
  const text = [...done.pieces((i, list) => kept[i]?.[list]() ?? [])].join('');
  return { text, counts: done.counts, issues: done.issues };
}

describe('a delivery of case files read just before (export ddas)', () => {
  test.prop([monthsArb, monthsArb.map((m) => m.length % 2 === 0)], { numRuns: 60 })(
    'is the text, counts and warnings that checking them again gives',
    (months, compact) => {
      // from October: a September file is left out with a warning, in both ways alike
      const i = input(asRead(months, compact), '2026-10-01');
      const checked = must(ddasDelivery(i, NOW));
      expect(readInParts(i)).toEqual({
        text: JSON.stringify(checked.delivery, null, 2),
        counts: checked.counts,
        issues: checked.issues,
      });
    },
  );

  test.prop([monthsArb], { numRuns: 30 })(
    'calls onCase once for each case made, the same delivery with and without',
    (months) => {
      const i = input(asRead(months, true));
      let cases = 0;
      const counted = readInParts(i, () => {
        cases += 1;
      });
      expect(counted).toEqual(readInParts(i));
      expect(cases).toBe(months.reduce((n, m) => n + m.caseFile.cases.length, 0));
    },
  );
});
