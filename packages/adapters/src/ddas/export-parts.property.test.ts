// A delivery made a month at a time (DdasExportInParts: what `signaalreis export ddas` does, so that
// a national year is never held) is the delivery made whole (ddasDelivery / deliveryWith): for any
// months — in any order, spoilt here and there (a month twice, a signal's ID copied onto another,
// a household key DDAS cannot hold, a bad municipality code, a date the schema refuses, a bad
// supplier) — the same text, counts and warnings, or the same problems in the same order (the
// schema's: the same problems, in the delivery's order rather than the schema's).
import { fc, test } from '@fast-check/vitest';
import { asIsoDate, asIsoMonth, asMunicipalityCode, type IsoMonth, type Issue } from '@signaalreis/core';
import { describe, expect } from 'vitest';
import { type CaseFile, readCaseFile } from '../cases/case-file';
import { type DdasExportInput, type DdasExportMonth, ddasDelivery, deliveryWith } from './export';
import { DdasExportInParts, type DdasMonthTexts } from './export-parts';
import { caseFileArb, monthsArb, must } from './fixtures.test-support';

const NOW = new Date('2026-12-01T08:30:00Z');

const SPOILS = ['monthTwice', 'copyId', 'badKey', 'badCode', 'badDate', 'badSupplier', 'emptyCode'] as const;
type Spoil = [(typeof SPOILS)[number], number, number, number];

/** The months with each spoil applied (on copies), in the order `order` gives. */
function spoilt(months: DdasExportMonth[], spoils: readonly Spoil[], order: readonly number[]) {
  let list: DdasExportMonth[] = months.map((m) => ({ ...m, caseFile: structuredClone(m.caseFile) }));
  let supplierCode = 'SIGNAALREIS';
  let municipalities: DdasExportInput['municipalities'];
  for (const [spoil, a, b, c] of spoils) {
    const m = list[a % list.length] as DdasExportMonth;
    const cases = m.caseFile.cases;
    const one = cases[b % Math.max(1, cases.length)];
    if (spoil === 'monthTwice') list.push({ ...m, caseFile: structuredClone(m.caseFile) });
    else if (spoil === 'badCode') list[a % list.length] = { ...m, municipality: '03a3' as never };
    else if (spoil === 'badSupplier') supplierCode = '';
    else if (spoil === 'emptyCode') municipalities = [asMunicipalityCode('0599')];
    else if (one !== undefined && spoil === 'badKey') (one as { householdKey: string }).householdKey = 'x';
    else if (one !== undefined && spoil === 'badDate') {
      const s = one.signals[c % one.signals.length];
      if (s) (s as { signalDate: string }).signalDate = '2026-13-45';
    } else if (one !== undefined && spoil === 'copyId') {
      // another month's (or this one's) signal gets this case's first signal's ID
      const to = list[(a + c) % list.length] as DdasExportMonth;
      const other = to.caseFile.cases[c % Math.max(1, to.caseFile.cases.length)];
      const s = other?.signals[0];
      const id = one.signals[0]?.signalId;
      if (s && id) (s as { signalId: string }).signalId = id;
    }
  }
  list = list
    .map((m, i) => ({ m, key: order[i % order.length] ?? 0, i }))
    .sort((x, y) => x.key - y.key || x.i - y.i)
    .map((x) => x.m);
  const input: DdasExportInput = {
    period: { from: asIsoDate('2026-10-01'), to: asIsoDate('2026-11-30') },
    supplierCode,
    organisation: 'Gemeente Voorbeeldstad',
    months: list,
    ...(municipalities ? { municipalities } : {}),
  };
  return input;
}

/** The delivery made a month at a time, its texts kept in memory; the text joined. */
function inParts(input: DdasExportInput, filesRead: boolean) {
  const { months, ...head } = input;
  const parts = new DdasExportInParts(head, NOW, { filesRead });
  const kept: (DdasMonthTexts | undefined)[] = months.map((m) => parts.add(m));
  const done = parts.finish();
  if (!done.ok) return done;
  const asked: string[] = [];
  const text = [
    ...done.value.pieces((i, list) => {
      asked.push(`${i}/${list}`);
      return (kept[i] as DdasMonthTexts)[list]();
    }),
  ].join('');
  return { ...done, text, asked };
}

const sortedJson = (issues: readonly Issue[]) => issues.map((i) => JSON.stringify(i)).sort();

describe('a delivery made a month at a time (DdasExportInParts)', () => {
  test.prop(
    [
      monthsArb,
      fc.array(fc.tuple(fc.constantFrom(...SPOILS, 'badKey', 'copyId'), fc.nat(), fc.nat(), fc.nat()), {
        maxLength: 5,
      }),
      fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 6 }),
      fc.boolean(),
    ],
    { numRuns: 200 },
  )(
    'is the delivery made whole: the same text, counts and warnings, or the same problems',
    (months, spoils, order, filesRead) => {
      // the months as the command line has them when filesRead: checked by readCaseFile first
      const read = filesRead
        ? months.map((m) => ({ ...m, caseFile: must(readCaseFile(JSON.parse(JSON.stringify(m.caseFile)))) }))
        : months;
      const input = spoilt(read, spoils as Spoil[], order);
      const whole = filesRead ? deliveryWith(input, NOW, { filesRead: true }) : ddasDelivery(input, NOW);
      const parts = inParts(input, filesRead);
      if (whole.ok) {
        expect(parts.ok).toBe(true);
        if (!parts.ok) return;
        expect(parts.text).toBe(JSON.stringify(whole.value.delivery, null, 2));
        expect(parts.value.counts).toEqual(whole.value.counts);
        expect(parts.value.issues).toEqual(whole.value.issues);
        expect(parts.value.records).toBe(whole.value.counts.reduce((n, c) => n + c.signals + c.cases, 0));
        // each month's texts asked for once at most, a list at a time
        expect(new Set(parts.asked).size).toBe(parts.asked.length);
        return;
      }
      expect(parts.ok).toBe(false);
      if (parts.ok) return;
      if (whole.issues.every((i) => i.code === 'ddas_schema'))
        expect(sortedJson(parts.issues)).toEqual(sortedJson(whole.issues));
      else expect(parts.issues).toEqual(whole.issues);
    },
  );

  test('a signal given twice, the months added out of order: the later one in month order is named', () => {
    const code = asMunicipalityCode('0363');
    const month = (m: IsoMonth, tag: string): DdasExportMonth => ({
      municipality: code,
      caseFile: fc.sample(
        caseFileArb(m, code, tag).filter((f) => f.cases.length > 0),
        { seed: 7, numRuns: 1 },
      )[0] as CaseFile,
    });
    const [october, november] = [month(asIsoMonth('2026-10'), 'A'), month(asIsoMonth('2026-11'), 'B')];
    const nov = structuredClone(november.caseFile);
    const oct = october.caseFile.cases[0]?.signals[0]?.signalId as string;
    (nov.cases[0]?.signals[0] as { signalId: string }).signalId = oct;
    const input = spoilt([{ ...november, caseFile: nov }, october], [], [0]);
    const r = inParts(input, false);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['ddas_signal_twice', ['months', 0, 'caseFile', 'cases', 0, 'signals', 0]],
    ]);
  });
});
