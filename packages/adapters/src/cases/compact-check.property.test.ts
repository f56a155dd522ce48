// readCaseFile's quick way through a compact case file (quickCompactFile: the cases checked without
// zod) against the schema's way: the same result — the full cases, or the same issues — for any
// month `run` writes, damaged in any one place: a value of any kind, a key the schema drops or keeps,
// keys in another order, an object that is not plain.
import { fc, test } from '@fast-check/vitest';
import { asIsoMonth, type Signal } from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { describe, expect } from 'vitest';
import { okValue } from '../csv/fixtures.test-support';
import { compactFile } from './case-file';
import { caseFileText } from './case-file-text';
import { quickCompactFile } from './compact-check';
import { signalsArb } from './months.test-support';
import { plannedCaseFile } from './run-output';

const month = asIsoMonth('2026-10');
const preset = okValue(municipalityPreset('type-medium'));
/** The month's compact case file as `run` writes it, parsed. */
const compactOf = async (signals: readonly Signal[]) =>
  JSON.parse(
    caseFileText(
      plannedCaseFile(okValue(await runPresetMonth(preset, { month, signals, history: [] })), 'type-medium'),
    ),
  ) as { cases: Record<string, unknown>[] } & Record<string, unknown>;

type File = Awaited<ReturnType<typeof compactOf>>;
class Custom {
  nl = 'a';
  en = 'b';
}
/** One damage to a file (at case `i`, signal 0): what the schema refuses, drops, keeps or reorders. */
const damage = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'caseId',
        'rank',
        'signalStatus',
        'isMatch',
        'partners',
        'explanation',
        'signals',
        'extra',
      ),
      fc.anything(),
    )
    .map(([key, value]) => (f: File, i: number) => {
      const c = f.cases[i];
      if (c) c[key] = value;
    }),
  fc
    .tuple(
      fc.constantFrom('signalId', 'amountCents', 'ageDays', 'window', 'neighbourhood', 'extra'),
      fc.anything(),
    )
    .map(([key, value]) => (f: File, i: number) => {
      const s = (f.cases[i]?.signals as unknown[] | undefined)?.[0];
      // an earlier damage may have made the signals anything (`[-1]`): only an object takes a key
      if (s !== null && typeof s === 'object') (s as Record<string, unknown>)[key] = value;
    }),
  fc.constantFrom(
    (f: File, i: number) => {
      const c = f.cases[i];
      if (c) c.explanation = { en: 'b', nl: 'a' }; // the other order
    },
    (f: File, i: number) => {
      const c = f.cases[i];
      if (c) c.explanation = { nl: 'a', en: 'b', more: 1 }; // a key the schema drops
    },
    (f: File, i: number) => {
      const c = f.cases[i];
      if (c) c.explanation = new Custom(); // not a plain object
    },
    (f: File, i: number) => {
      const c = f.cases[i];
      if (c) f.cases[i] = Object.fromEntries(Object.entries(c).reverse()); // keys in another order
    },
    (f: File, i: number) => {
      const c = f.cases[i];
      if (c) f.cases[i] = Object.assign(new Custom(), c); // a case that is not a plain object
    },
    (f: File) => {
      f.extraHead = { kept: true }; // the file's own extra key
    },
    (f: File) => {
      f.month = '2026-13';
    },
  ),
);

describe('quickCompactFile', () => {
  test.prop([signalsArb, fc.array(fc.tuple(damage, fc.nat()), { maxLength: 2 })], { numRuns: 150 })(
    'readCaseFile reads a compact file the same way with and without the quick check',
    async (signals, damages) => {
      const file = await compactOf(signals);
      for (const [d, at] of damages) d(file, file.cases.length === 0 ? 0 : at % file.cases.length);
      const quick = compactFile(file, true);
      const schema = compactFile(file, false);
      expect(quick).toStrictEqual(schema);
      expect(JSON.stringify(quick)).toBe(JSON.stringify(schema)); // keys in the same order too
      if (damages.length === 0) expect(quickCompactFile(file)).toBeDefined(); // the quick way is taken
    },
  );
});
