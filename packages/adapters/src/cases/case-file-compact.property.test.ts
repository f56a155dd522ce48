// The compact case file (format 3, issue 14) leaves out what a case derives from the rest of it.
// For any month — matches, businesses, crisis cases, history with recidive and repeats — what is
// written and read back must be the full form again (all but the intake explanation, which is not
// kept), and history for next month must be exactly what the full form gives.
import { fc, test } from '@fast-check/vitest';
import { asIsoMonth, runMonth } from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { describe, expect } from 'vitest';
import { okValue } from '../csv/fixtures.test-support';
import { historyFromCaseFile, readCaseFile, toCaseFile } from './case-file';
import { compactCase } from './case-file-compact';
import { caseFilePieces, caseFileText } from './case-file-text';
import { compactPlannedCase } from './compact-planned';
import { historyArb, signalsArb } from './months.test-support';
import { plannedCase, plannedCaseFile } from './run-output';

// what the compact form does not keep: the intake explanation and a contacted case's worklist texts
const withoutExplanation = <T extends { explanation?: unknown }>({
  explanation: _e,
  bucketLabel: _b,
  contactExplanation: _c,
  teamLabels: _t,
  ...rest
}: T & { bucketLabel?: unknown; contactExplanation?: unknown; teamLabels?: unknown }) => rest;
const month = asIsoMonth('2026-10');

describe('the compact case file', () => {
  test.prop([signalsArb, historyArb, fc.constantFrom('type-small', 'type-medium', 'type-large')], {
    numRuns: 40,
  })(
    "written and read back is the run's full form (all but the explanations and worklist texts), and the same history",
    async (signals, history, presetId) => {
      const preset = okValue(municipalityPreset(presetId));
      const planned = okValue(await runPresetMonth(preset, { month, signals, history }));
      const full = plannedCaseFile(planned, presetId);
      const text = caseFileText(full);
      const read = okValue(readCaseFile(JSON.parse(text)));
      expect(read.cases).toEqual(full.cases.map(withoutExplanation));
      expect(historyFromCaseFile(read)).toEqual(historyFromCaseFile(full));
      // what `signaalreis run` writes, a case at a time and straight from the journeys, is the same text
      const { cases: _c, format: _f, ...head } = full;
      expect([...caseFilePieces(head, planned.journeys, compactPlannedCase)].join('')).toBe(text);
      for (const j of planned.journeys)
        expect(JSON.stringify(compactPlannedCase(j))).toBe(JSON.stringify(compactCase(plannedCase(j))));
      // one case a line, and smaller than the full form
      expect(text.split('\n').length).toBe(full.cases.length + 9);
      expect(text.length).toBeLessThan(JSON.stringify(full, null, 2).length);
    },
  );

  test.prop([signalsArb, historyArb], { numRuns: 30 })(
    "match's case file (no contact plan) comes back whole too",
    async (signals, history) => {
      const full = toCaseFile(okValue(await runMonth({ month, signals, history })), 'national-baseline');
      const read = okValue(readCaseFile(JSON.parse(caseFileText(full))));
      expect(read.cases).toEqual(full.cases.map(withoutExplanation));
      expect(historyFromCaseFile(read)).toEqual(historyFromCaseFile(full));
    },
  );
});
