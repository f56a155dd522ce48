// writtenCaseFileIssues (a case file checked as it is written, without zod's copy where the quick
// check vouches) against readCaseFile of the same written form: the same issues, in the same order,
// for every case file `import ddas` makes — and for those files damaged in any one place: a value of
// any kind for a case's or a signal's field, a case id twice, a record of another case, a total past
// a safe integer, a name too long, a month that is none.
import { fc, test } from '@fast-check/vitest';
import { asIsoDate, JSON_LIMITS, TEXT_LIMITS } from '@signaalreis/core';
import { describe, expect } from 'vitest';
import { type DdasExportMonth, ddasDelivery } from '../ddas/export';
import { monthsArb, must } from '../ddas/fixtures.test-support';
import { importDdasDelivery } from '../ddas/import';
import { type CaseFile, readCaseFile } from './case-file';
import { caseFileText } from './case-file-text';
import { quickCompactFile } from './compact-check';
import { writtenCaseFile, writtenCaseFileIssues } from './written-check';

type Row = Record<string, unknown>;
const NOW = new Date('2026-12-01T08:30:00Z');

/** The case files `import ddas` makes of the months' export. */
const importedFiles = (months: DdasExportMonth[]): CaseFile[] => {
  const period = { from: asIsoDate('2026-09-01'), to: asIsoDate('2026-11-30') };
  const delivery = must(
    ddasDelivery(
      { period, supplierCode: 'SIGNAALREIS', organisation: 'Gemeente Voorbeeldstad', months },
      NOW,
    ),
  ).delivery;
  return must(importDdasDelivery(JSON.parse(JSON.stringify(delivery)))).files.map((f) => f.caseFile);
};

const casesOf = (f: CaseFile) => f.cases as unknown as Row[];
const signalOf = (c: Row | undefined) => (c?.signals as Row[] | undefined)?.[0];

/** One damage to a file at case `i` (its first signal): what `readCaseFile` refuses, drops or keeps. */
const damage = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('caseId', 'householdKey', 'rank', 'signalStatus', 'partners', 'signalIds', 'extra'),
      fc.anything(),
    )
    .map(([key, value]) => (f: CaseFile, i: number) => {
      const c = casesOf(f)[i];
      if (c) c[key] = value;
    }),
  fc
    .tuple(fc.constantFrom('signalId', 'partnerId', 'signalDate', 'partnerName', 'extra'), fc.anything())
    .map(([key, value]) => (f: CaseFile, i: number) => {
      const s = signalOf(casesOf(f)[i]);
      if (s) s[key] = value;
    }),
  fc.constantFrom(
    (f: CaseFile, i: number) => {
      const [first, c] = [casesOf(f)[0], casesOf(f)[i]];
      if (first && c) c.caseId = first.caseId; // a case id twice (or the case itself)
    },
    (f: CaseFile, i: number) => {
      const record = casesOf(f)[i]?.record as Row | undefined;
      if (record) record.caseId = '2026-10-9999'; // a record of another case
    },
    (f: CaseFile, i: number) => {
      const record = casesOf(f)[i]?.record as Row | undefined;
      if (record) record.status = 5; // a record of a wrong shape
    },
    (f: CaseFile, i: number) => {
      const c = casesOf(f)[i];
      const signals = (c?.signals as Row[] | undefined) ?? [];
      for (const s of signals) s.amountCents = Number.MAX_SAFE_INTEGER;
      // the case's total their sum, as `run` makes it: past a safe integer from two signals on
      if (c) c.totalAmountCents = signals.length * Number.MAX_SAFE_INTEGER;
    },
    (f: CaseFile, i: number) => {
      const s = signalOf(casesOf(f)[i]);
      if (s) s.partnerName = 'x'.repeat(TEXT_LIMITS.label + 1);
    },
    (f: CaseFile) => {
      (f as unknown as Row).month = '2026-13';
    },
    (f: CaseFile, i: number) => {
      const c = casesOf(f)[i];
      let deep: unknown = 1;
      for (let d = 0; d <= JSON_LIMITS.maxDepth; d++) deep = [deep];
      if (c) c.extra = deep; // deeper than the JSON limits allow (a key zod would drop)
    },
  ),
);

/** What a check gives, or what it threw (a value the written form cannot be made of throws in both). */
const outcome = <T>(check: () => T): T | { threw: string } => {
  try {
    return check();
  } catch (error) {
    return { threw: String(error) };
  }
};
const byReadCaseFile = (f: CaseFile) => {
  const r = readCaseFile(writtenCaseFile(f));
  return r.ok ? [] : r.issues;
};

describe('writtenCaseFileIssues', () => {
  test.prop([monthsArb], { numRuns: 40 })(
    'a case file the import makes reads back as it is written, and the check says so',
    (months) => {
      for (const f of importedFiles(months)) {
        expect(writtenCaseFileIssues(f)).toEqual([]);
        expect(quickCompactFile(writtenCaseFile(f))).toBeDefined(); // the quick way is taken
        expect(readCaseFile(JSON.parse(caseFileText(f))).ok).toBe(true); // the text itself
      }
    },
  );

  test.prop([monthsArb, fc.array(fc.tuple(damage, fc.nat()), { minLength: 1, maxLength: 2 })], {
    numRuns: 150,
  })('a damaged file: the same issues as readCaseFile of its written form', (months, damages) => {
    for (const f of importedFiles(months)) {
      const n = f.cases.length;
      for (const [d, at] of damages) d(f, n === 0 ? 0 : at % n);
      expect(outcome(() => writtenCaseFileIssues(f))).toStrictEqual(outcome(() => byReadCaseFile(f)));
    }
  });
});
