import { CASE_FILE_FORMAT, historyFromCaseFile, readCaseFile, toCaseFile } from '@signaalreis/adapters';
import {
  asCents,
  asIsoDate,
  asIsoMonth,
  asPartnerId,
  asSignalId,
  type MonthInput,
  matchMonth,
  routingInputOf,
  runMonth,
  type Signal,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { okValue } from '../csv/fixtures.test-support';

const month = async (input: MonthInput) => okValue(await runMonth(input));

const signal = (
  id: string,
  partner: string,
  sector: 'rent' | 'energy',
  over: Partial<Signal> = {},
): Signal => ({
  signalId: asSignalId(id),
  partner: { id: asPartnerId(partner), name: partner, sector },
  kind: 'early',
  signalDate: asIsoDate('2026-09-25'),
  arrearSince: asIsoDate('2026-08-01'),
  amountCents: asCents(40_000),
  person: { surname: 'Jansen', legalForm: 'individual' },
  address: { postcode: '7411AB', houseNumber: 12 },
  contact: {},
  ...over,
});

describe('case file', () => {
  it('round-trips through JSON and becomes history with picked-up flags per signal', async () => {
    const result = await month({
      month: asIsoMonth('2026-09'),
      signals: [
        signal('A', 'WO-LND', 'rent'),
        signal('B', 'EN-WKR', 'energy', { person: { surname: 'Jansen BV', legalForm: 'bv' } }),
      ],
    });
    const file = toCaseFile(result, 'national-baseline');
    expect(file.format).toBe('signaalreis-cases/2');
    expect(file.cases.map((c) => [c.signalStatus, c.intakeOutcome])).toEqual([['Opgepakt', 'picked-up']]);
    const read = readCaseFile(JSON.parse(JSON.stringify(file)));
    expect(read).toEqual({ ok: true, value: file });
    const history = historyFromCaseFile(file);
    expect(history.map((h) => [h.signalId, h.pickedUp, h.naturalPerson, h.householdKey])).toEqual([
      ['B', false, false, '7411AB 12'],
      ['A', true, true, '7411AB 12'],
    ]);
  });

  it('contact attempts in the lifecycle record become "earlier failed contact" next month', async () => {
    const result = await month({ month: asIsoMonth('2026-09'), signals: [signal('A', 'WO-LND', 'rent')] });
    const file = toCaseFile(result, 'x');
    const attempt = { kind: 'Huisbezoek', reached: false, date: '2026-09-28', partOfDay: 'Avond' };
    const withRecord = { ...file, cases: file.cases.map((c) => ({ ...c, record: { attempts: [attempt] } })) };
    const history = historyFromCaseFile(withRecord);
    expect(history[0]?.reached).toBe(false);
    const october = signal('B', 'WO-LND', 'rent', {
      signalDate: asIsoDate('2026-10-26'),
      arrearSince: asIsoDate('2026-09-01'),
    });
    const j = okValue(matchMonth({ month: asIsoMonth('2026-10'), signals: [october], history })).journeys[0];
    expect(j?.match.reachedBefore).toBe(false);
    if (j)
      expect(routingInputOf(j)).toMatchObject({
        reachedBefore: false,
        failedContactBefore: true,
      });
    const reached = {
      ...file,
      cases: file.cases.map((c) => ({ ...c, record: { attempts: [{ ...attempt, reached: true }] } })),
    };
    expect(historyFromCaseFile(reached)[0]?.reached).toBe(true);
    expect(historyFromCaseFile(file)[0]?.reached).toBeUndefined();
  });

  it('keeps extra keys (e.g. the contact plan that `run` adds)', async () => {
    const result = await month({ month: asIsoMonth('2026-09'), signals: [signal('A', 'WO-LND', 'rent')] });
    const file = toCaseFile(result, 'x');
    const withPlan = { ...file, cases: file.cases.map((c) => ({ ...c, plan: [{ channel: 'letter' }] })) };
    const read = readCaseFile(withPlan);
    expect(read.ok && (read.value.cases[0] as Record<string, unknown>).plan).toEqual([{ channel: 'letter' }]);
  });

  it('bad input: issues with paths', () => {
    const r = readCaseFile({
      format: CASE_FILE_FORMAT,
      month: '2026-9',
      preset: 'x',
      decidedOn: '2026-09-25',
      cases: [{}],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.path.join('.'))).toEqual(
        expect.arrayContaining(['month', 'cases.0.caseId']),
      );
    expect(readCaseFile(null).ok).toBe(false);
  });

  it('refuses a case file of the old format signaalreis-cases/1 with one issue saying to run the month again', async () => {
    const result = await month({ month: asIsoMonth('2026-09'), signals: [signal('A', 'WO-LND', 'rent')] });
    const file = toCaseFile(result, 'x');
    // a /1 file named the fields `status` and `bucket`
    const old = {
      ...file,
      format: 'signaalreis-cases/1',
      cases: file.cases.map(({ signalStatus, intakeOutcome, ...c }) => ({
        ...c,
        status: signalStatus,
        bucket: intakeOutcome,
      })),
    };
    const r = readCaseFile(JSON.parse(JSON.stringify(old)));
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['old_case_file_format', ['format']]]);
    expect(r.ok ? '' : r.issues[0]?.message.en).toMatch(
      /signaalreis-cases\/1.*run.*again.*signaalreis-cases\/3/,
    );
    expect(r.ok ? '' : r.issues[0]?.message.nl).toMatch(/oude formaat.*opnieuw/);
  });
});
