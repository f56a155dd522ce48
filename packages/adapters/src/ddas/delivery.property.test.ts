// Properties of the DDAS export and import over generated case files whose records went through
// random lifecycle steps: every export validates against the schema file in standards/ (compiled
// on its own, unchanged), and export → import → export gives the same delivery: every field DDAS
// holds survives a trip through signaalreis, and what the import makes is what `feedback` and
// `run --history` read (case files that read back, records that replay through the table).
import { test } from '@fast-check/vitest';
import { asIsoDate, verifyRecord } from '@signaalreis/core';
import { describe, expect } from 'vitest';
import { readCaseFile } from '../cases/case-file';
import { type DdasExportInput, ddasDelivery } from './export';
import { DDAS_TABLE, fileValidator, monthsArb, must } from './fixtures.test-support';
import { importDdasDelivery } from './import';

const validate = fileValidator();
const NOW = new Date('2026-12-01T08:30:00Z');
const input = (
  months: DdasExportInput['months'],
  municipalities?: DdasExportInput['municipalities'],
): DdasExportInput => ({
  period: { from: asIsoDate('2026-09-01'), to: asIsoDate('2026-11-30') },
  supplierCode: 'SIGNAALREIS',
  organisation: 'Gemeente Voorbeeldstad',
  months,
  ...(municipalities ? { municipalities } : {}),
});

describe('DDAS delivery properties', () => {
  test.prop([monthsArb], { numRuns: 60 })(
    'every export validates against the unchanged schema file',
    (months) => {
      const made = must(ddasDelivery(input(months), NOW));
      const v = validate(made.delivery);
      expect(v.errors).toBeNull();
      expect(v.valid).toBe(true);
      const signals = months.reduce(
        (n, m) => n + m.caseFile.cases.reduce((k, c) => k + c.signals.length, 0),
        0,
      );
      expect(made.counts.reduce((n, c) => n + c.signals, 0)).toBe(signals);
    },
  );

  test.prop([monthsArb], { numRuns: 60 })(
    'export → import → export keeps every field DDAS holds',
    (months) => {
      const first = must(ddasDelivery(input(months), NOW)).delivery;
      const imported = must(importDdasDelivery(JSON.parse(JSON.stringify(first))));
      expect(imported.issues).toEqual([]);
      for (const f of imported.files) {
        must(readCaseFile(JSON.parse(JSON.stringify(f.caseFile))));
        for (const c of f.caseFile.cases as { record?: unknown }[])
          if (c.record !== undefined) must(verifyRecord(c.record, DDAS_TABLE));
      }
      const again = must(
        ddasDelivery(
          input(
            imported.files.map((f) => ({ municipality: f.municipality, caseFile: f.caseFile })),
            imported.municipalities,
          ),
          NOW,
        ),
      ).delivery;
      expect(again).toEqual(first);
    },
  );
});
