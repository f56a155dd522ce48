// Fuzzing the case-file readers (issue 9): the history reader (readJsonFile + readCaseFile) and the
// feedback reader (recordOf, per case). For arbitrary JSON, text and bytes nothing throws and every
// problem has a location; a valid case file stays valid whatever its formatting.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import {
  asCents,
  asIsoDate,
  asIsoMonth,
  asPartnerId,
  asSignalId,
  deliveryDay,
  parseJsonText,
  runMonth,
  type Signal,
} from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import { describe, expect } from 'vitest';
import { fixtureDir } from '../cli/cli-test-kit';
import { okValue } from '../csv/fixtures.test-support';
import { JSON_FILE_LIMITS, readJsonFile } from '../files/read-json-file';
import { readCaseFile, toCaseFile } from './case-file';
import { recordOf } from './record-of';

const signal = (id: string, partner: string, postcode: string, sector: 'rent' | 'energy'): Signal => ({
  signalId: asSignalId(id),
  partner: { id: asPartnerId(partner), name: partner, sector },
  kind: 'early',
  signalDate: asIsoDate('2026-09-25'),
  arrearSince: asIsoDate('2026-08-01'),
  amountCents: asCents(40_000),
  person: { surname: 'Jansen', legalForm: 'individual' },
  address: { postcode, houseNumber: 12 },
  contact: {},
});
const signals = [
  signal('A', 'WO-LND', '7411AB', 'rent'),
  signal('B', 'EN-WKR', '7411AB', 'energy'),
  signal('C', 'WO-LND', '7412CD', 'rent'),
];
const file = toCaseFile(
  okValue(await runMonth({ month: asIsoMonth('2026-09'), signals })),
  'national-baseline',
);
const table = (() => {
  const t = lifecyclePreset('ddas');
  if (!t.ok) throw new Error('ddas');
  return t.value;
})();

function located(r: { ok: boolean; issues?: unknown[] }, prefix: (string | number)[] = []): void {
  if (r.ok) return;
  expect(r.issues?.length).toBeGreaterThan(0);
  for (const issue of r.issues as {
    code: unknown;
    path: (string | number)[];
    message: { nl: string; en: string };
    line?: number;
  }[]) {
    expect(typeof issue.code).toBe('string');
    expect(issue.path.slice(0, prefix.length)).toEqual(prefix);
    for (const text of [issue.message.nl, issue.message.en]) {
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThan(500);
    }
    if ('line' in issue) expect(issue.line).toBeGreaterThanOrEqual(1);
  }
}

/** A case of the file with arbitrary JSON put in some of its keys. */
const damagedCase = fc
  .tuple(
    fc.constantFrom(...file.cases),
    fc.dictionary(
      fc.constantFrom(
        'caseId',
        'signalStatus',
        'signals',
        'signalIds',
        'plan',
        'record',
        'intakeOutcome',
        'explanation',
        'x',
      ),
      fc.jsonValue({ maxDepth: 4 }),
    ),
  )
  .map(([c, over]) => ({ ...c, ...over }));

describe('case-file reader fuzzing', () => {
  test.prop([fc.jsonValue()])(
    'readCaseFile never throws on arbitrary JSON; every problem has a path',
    (value) => {
      located(readCaseFile(value));
    },
  );

  test.prop([fc.array(fc.oneof(damagedCase, fc.jsonValue({ maxDepth: 3 })), { maxLength: 5 })])(
    'readCaseFile never throws on damaged cases; problems point into the cases',
    (cases) => {
      located(readCaseFile({ ...file, cases }), ['cases']);
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 300 })])(
    'the text reader never throws on arbitrary text',
    (text) => {
      const json = parseJsonText(text, { maxLength: JSON_FILE_LIMITS.caseFile });
      located(json);
      if (json.ok) located(readCaseFile(json.value));
    },
  );

  const dir = fixtureDir({});
  test.prop([fc.uint8Array({ maxLength: 200 })], { numRuns: 50 })(
    'readJsonFile never throws on arbitrary bytes',
    (bytes) => {
      const path = join(dir, 'cases.json');
      writeFileSync(path, bytes);
      const r = readJsonFile(path, { maxBytes: JSON_FILE_LIMITS.caseFile });
      located(r);
      if (r.ok) located(readCaseFile(r.value));
    },
  );

  test.prop([fc.constantFrom(undefined, 0, 1, 2, '\t'), fc.boolean(), fc.boolean()], { numRuns: 30 })(
    'a valid case file stays valid, whatever its formatting',
    (indent, crlf, bom) => {
      let text = JSON.stringify(file, null, indent);
      if (crlf) text = text.replaceAll('\n', '\r\n');
      const json = parseJsonText(bom ? `\uFEFF${text}` : text);
      expect(json.ok && readCaseFile(json.value)).toEqual({ ok: true, value: file });
    },
  );

  test.prop([fc.array(fc.oneof(damagedCase, fc.jsonValue({ maxDepth: 3 })), { maxLength: 4 })])(
    'the feedback reader never throws on a damaged case; its problems point at that case',
    (cases) => {
      cases.forEach((c, i) => {
        const r = recordOf(table, c, i, deliveryDay(asIsoMonth('2026-09')));
        if (r.record === undefined) expect(r.issues.length).toBeGreaterThan(0);
        located({ ok: r.issues.length === 0, issues: r.issues }, ['cases', i]);
      });
    },
  );
});
