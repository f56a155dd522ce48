// The history reader that takes a compact case file a case at a time (issue 14) against the full
// reader (parseJsonText + readCaseFile + historyFromCaseFile): for any month the same history, and
// for a file with a damaged case — a key twice, `__proto__`, 1e400, an escape, a bad value, a case
// nested too deep — the same verdict, each problem at the case it is in.
import { fc, test } from '@fast-check/vitest';
import {
  asIsoDate,
  asIsoMonth,
  createRecord,
  type HistoryEntry,
  parseJsonText,
  type Signal,
} from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { describe, expect } from 'vitest';
import { okValue } from '../csv/fixtures.test-support';
import { type CaseFile, historyFromCaseFile, readCaseFile } from './case-file';
import {
  caseFileValueFromLines,
  historyFromCaseFileText,
  historyFromCaseFileValues,
} from './case-file-lines';
import { CompactCaseSchema } from './case-file-schema';
import { caseFilePieces, caseFileText } from './case-file-text';
import { isCompactCase } from './compact-check';
import { historyArb, signalsArb } from './months.test-support';
import { plannedCaseFile } from './run-output';

const month = asIsoMonth('2026-10');
const preset = okValue(municipalityPreset('type-medium'));
const fileOf = async (signals: readonly Signal[], history: readonly HistoryEntry[]) =>
  plannedCaseFile(okValue(await runPresetMonth(preset, { month, signals, history })), 'type-medium');

/** The full reader's verdict on a text. */
function fullRead(text: string) {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  const read = readCaseFile(parsed.value);
  return read.ok ? { ok: true as const, value: historyFromCaseFile(read.value) } : read;
}

/** Damage to one case line: what the text reader refuses, and what the schema refuses. */
const damage = fc.constantFrom(
  (l: string) => l.replace('{"caseId":', '{"caseId":"x","caseId":'),
  (l: string) => l.replace('"isMatch":', '"__proto__":{},"isMatch":'),
  (l: string) => l.replace(/"amountCents":\d+/, '"amountCents":1e400'),
  (l: string) => l.replace(/"householdKey":"/, '"householdKey":"\\u0041'),
  (l: string) => l.replace(/"householdKey":"/, '"householdKey":"\\u0001'),
  (l: string) => l.replace(/"rank":\d+/, '"rank":0'),
  (l: string) => l.replace(/"sector":"\w+"/, '"sector":"space"'),
  (l: string) => l.replace(/"window":"[\w-]+"/, '"window":null'),
  (l: string) => l.replace('"isMatch":', `"deep":${'['.repeat(70)}${']'.repeat(70)},"isMatch":`),
  (l: string) => l.replace('"signals":[{', '"signals":[{"extra":"kept out",'),
  (l: string) => l.replace(/"signalId":"[^"]+"/, '"signalId":"S-0"'),
  (l: string) => l.replace(/}$/, ',"record":{"caseId":"2026-10-9999"}}'),
);

describe('historyFromCaseFileText', () => {
  test.prop([signalsArb, historyArb], { numRuns: 40 })(
    'gives the history the full reader gives',
    async (signals, history) => {
      const text = caseFileText(await fileOf(signals, history));
      const lines = historyFromCaseFileText(text);
      expect(lines?.ok).toBe(true);
      expect(lines?.ok && lines.value.entries).toEqual(okValue(fullRead(text) as never));
      // handed over one at a time (a sieve), the same entries, and the count of signals
      const handed: unknown[] = [];
      const one = historyFromCaseFileText(text, {}, (e) => handed.push(e));
      expect(one?.ok && [one.value.entries, one.value.signals]).toEqual([[], handed.length]);
      expect(handed).toEqual(lines?.ok ? lines.value.entries : []);
    },
  );

  test.prop([signalsArb, damage, fc.nat()], { numRuns: 80 })(
    'a damaged case: the same verdict as the full reader, located at that case',
    async (signals, hurt, pick) => {
      const file: CaseFile = await fileOf(signals, []);
      fc.pre(file.cases.length > 0);
      const text = caseFileText(file);
      const all = text.split('\n');
      const first = all.findIndex((l) => l.startsWith('{"caseId"'));
      const at = first + (pick % file.cases.length);
      all[at] = hurt(all[at] as string);
      const damaged = all.join('\n');
      const lines = historyFromCaseFileText(damaged);
      const full = fullRead(damaged);
      expect(lines?.ok).toBe(full.ok);
      // at the damaged case — a signal id made equal to another case's is reported at the later one
      if (lines && !lines.ok)
        for (const i of lines.issues)
          if (i.code !== 'duplicate_signal_id') expect(i.path.slice(0, 2)).toEqual(['cases', at - first]);
    },
  );

  test.prop([signalsArb])('a file in another layout is left to the full reader', async (signals) => {
    const file = await fileOf(signals, []);
    expect(
      historyFromCaseFileText(JSON.stringify({ ...file, format: 'signaalreis-cases/3' })),
    ).toBeUndefined();
    expect(historyFromCaseFileText(JSON.stringify(file, null, 2))).toBeUndefined();
  });
});

describe('historyFromCaseFileValues (a case file about to be written)', () => {
  /** Some cases with a lifecycle record of their own, as feedback and letters write them. */
  const withRecords = (file: CaseFile, every: number) =>
    file.cases.map((c, i) => {
      if (i % every !== 0) return c as unknown as Record<string, unknown>;
      const signals = c.signals.map((x) => ({
        signalId: x.signalId,
        partnerId: x.partnerId,
        sector: x.sector,
      }));
      const record = createRecord({ caseId: c.caseId, status: 'open', signals }, asIsoDate('2026-10-27'));
      return { ...c, ...(record.ok ? { record: record.value } : {}) } as unknown as Record<string, unknown>;
    });
  /** The text those values are written as, and what the line reader gives for it. */
  const byText = (head: Record<string, unknown>, cases: unknown[]) =>
    historyFromCaseFileText([...caseFilePieces(head as never, cases, (c) => c)].join(''));

  test.prop([signalsArb, historyArb, fc.integer({ min: 1, max: 4 })], { numRuns: 30 })(
    'gives what the line reader gives for the text they are written as',
    async (signals, history, every) => {
      const { cases: _cases, format: _format, ...head } = await fileOf(signals, history);
      const cases = withRecords(await fileOf(signals, history), every);
      const values = historyFromCaseFileValues(head, cases);
      expect(values?.ok).toBe(true);
      expect(values).toEqual(byText(head, cases));
    },
  );

  test.prop([signalsArb, damage, fc.nat()], { numRuns: 80 })(
    'a damaged case: the same verdict and problems as the line reader, for a value JSON can hold',
    async (signals, hurt, pick) => {
      const file = await fileOf(signals, []);
      fc.pre(file.cases.length > 0);
      const { cases: _cases, format: _format, ...head } = file;
      const cases: unknown[] = withRecords(file, 2);
      const at = pick % cases.length;
      let damaged: unknown;
      try {
        damaged = JSON.parse(hurt(JSON.stringify(cases[at])));
      } catch {
        fc.pre(false); // a damage only a text can hold (a bad number, a key twice): the text reader's
      }
      cases[at] = damaged;
      const values = historyFromCaseFileValues(head, cases);
      const text = byText(head, cases);
      // a value its text does not hold as it is (Infinity) or past the limits (nested too deep):
      // left to the text reader, which refuses it — no index either way; any other: the same
      if (values === undefined) expect(text?.ok).toBe(false);
      else expect(values).toEqual(text);
    },
  );

  test.prop([signalsArb])("a head that is not a compact case file's: as for its text", async (signals) => {
    const { cases, format: _format, ...head } = await fileOf(signals, []);
    expect(historyFromCaseFileValues({ ...head, format: 'signaalreis-cases/2' }, cases)).toBeUndefined();
    const bad = { ...head, month: '2026-13' };
    const read = historyFromCaseFileValues(bad, cases);
    expect(read?.ok).toBe(false);
    expect(read).toEqual(byText(bad, cases));
  });
});

/** The full reader's verdict on a text, as a case file (not history). */
function fullFile(text: string) {
  const parsed = parseJsonText(text);
  return parsed.ok ? readCaseFile(parsed.value) : parsed;
}

/** The line reader's verdict on a text: its value read by readCaseFile with the values it counted. */
function byLines(text: string) {
  const value = caseFileValueFromLines(text.split('\n'));
  if (!value?.ok) return value;
  return readCaseFile(value.value, { maxValues: Number.MAX_SAFE_INTEGER });
}

describe('caseFileValueFromLines (a case file too large to be read whole)', () => {
  test.prop([signalsArb, historyArb], { numRuns: 30 })(
    "gives JSON.parse's value of the whole text, which readCaseFile reads as from the whole text",
    async (signals, history) => {
      const text = caseFileText(await fileOf(signals, history));
      const value = caseFileValueFromLines(text.split('\n'));
      expect(value).toEqual({ ok: true, value: JSON.parse(text) });
      expect(byLines(text)).toEqual(fullFile(text));
    },
  );

  test.prop([signalsArb, damage, fc.nat()], { numRuns: 80 })(
    'a damaged case: the same verdict as the full reader, located at that case and its line',
    async (signals, hurt, pick) => {
      const file: CaseFile = await fileOf(signals, []);
      fc.pre(file.cases.length > 0);
      const all = caseFileText(file).split('\n');
      const first = all.findIndex((l) => l.startsWith('{"caseId"'));
      const at = first + (pick % file.cases.length);
      all[at] = hurt(all[at] as string);
      const damaged = all.join('\n');
      const lines = byLines(damaged);
      expect(lines?.ok).toBe(fullFile(damaged).ok);
      const text = caseFileValueFromLines(damaged.split('\n'));
      // a problem of the text: at its case, on its line (1-based)
      if (text && !text.ok)
        for (const i of text.issues) {
          expect(i.path.slice(0, 2)).toEqual(['cases', at - first]);
          expect((i as { line?: number }).line).toBe(at + 1);
        }
    },
  );

  test.prop([signalsArb])('a file in another layout is left to the whole reader', async (signals) => {
    const file = await fileOf(signals, []);
    const compact = JSON.parse(caseFileText(file)) as object;
    expect(caseFileValueFromLines(JSON.stringify(compact).split('\n'))).toBeUndefined();
    expect(caseFileValueFromLines(JSON.stringify(compact, null, 2).split('\n'))).toBeUndefined();
    expect(caseFileValueFromLines(JSON.stringify(file, null, 2).split('\n'))).toBeUndefined();
    // cut short, or with a line after its end
    const lines = caseFileText(file).split('\n');
    expect(caseFileValueFromLines(lines.slice(0, -3))).toBeUndefined();
    expect(caseFileValueFromLines([...lines, '{}'])).toBeUndefined();
  });

  test.prop([signalsArb], { numRuns: 20 })(
    'values counted over the lines, up to maxValues',
    async (signals) => {
      const file = await fileOf(signals, []);
      fc.pre(file.cases.length > 0);
      const text = caseFileText(file);
      const count = (v: unknown): number =>
        typeof v !== 'object' || v === null
          ? 1
          : 1 + Object.values(v).reduce((n: number, x) => n + count(x), 0);
      const total = count(JSON.parse(text));
      const lines = text.split('\n');
      expect(caseFileValueFromLines(lines, { maxValues: total })?.ok).toBe(true);
      const over = caseFileValueFromLines(lines, { maxValues: total - 1 });
      expect(over?.ok === false && over.issues.map((i) => [i.code, i.path])).toEqual([
        ['json_too_large', ['cases', file.cases.length - 1]],
      ]);
    },
  );
});

describe('isCompactCase', () => {
  const keys = [
    'caseId',
    'rank',
    'signalStatus',
    'isMatch',
    'partners',
    'totalAmountCents',
    'crisisDeadline',
    'explanation',
    'signals',
  ];
  test.prop([signalsArb, fc.constantFrom(...keys), fc.anything()], { numRuns: 200 })(
    'says yes only where the schema does',
    async (signals, key, value) => {
      const file = await fileOf(signals, []);
      const line = JSON.parse(
        caseFileText(file)
          .split('\n')
          .find((l) => l.startsWith('{"caseId"'))
          ?.replace(/,$/, '') ?? '{}',
      );
      const damaged = { ...line, [key]: value };
      if (isCompactCase(damaged)) expect(CompactCaseSchema.safeParse(damaged).success).toBe(true);
      expect(isCompactCase(line)).toBe(true);
    },
  );
});
