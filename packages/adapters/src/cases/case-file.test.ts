import { historyFromCaseFile, readCaseFile, toCaseFile } from '@signaalreis/adapters';
import { matchMonth, routingInputOf, runMonth, type Signal } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

const signal = (
  id: string,
  partner: string,
  sector: 'rent' | 'energy',
  over: Partial<Signal> = {},
): Signal => ({
  signalId: id,
  partner: { id: partner, name: partner, sector },
  kind: 'early',
  signalDate: '2026-09-25',
  arrearSince: '2026-08-01',
  amountCents: 40_000,
  person: { surname: 'Jansen', legalForm: 'individual' },
  address: { postcode: '7411AB', houseNumber: 12 },
  contact: {},
  ...over,
});

describe('case file', () => {
  it('round-trips through JSON and becomes history with picked-up flags per signal', async () => {
    const result = await runMonth({
      month: '2026-09',
      signals: [
        signal('A', 'WO-LND', 'rent'),
        signal('B', 'EN-WKR', 'energy', { person: { surname: 'Jansen BV', legalForm: 'bv' } }),
      ],
    });
    const file = toCaseFile(result, 'national-baseline');
    const read = readCaseFile(JSON.parse(JSON.stringify(file)));
    expect(read).toEqual({ ok: true, value: file });
    const history = historyFromCaseFile(file);
    expect(history.map((h) => [h.signalId, h.pickedUp, h.naturalPerson, h.householdKey])).toEqual([
      ['B', false, false, '7411AB 12'],
      ['A', true, true, '7411AB 12'],
    ]);
  });

  it('contact attempts in the lifecycle record become "earlier failed contact" next month', async () => {
    const result = await runMonth({ month: '2026-09', signals: [signal('A', 'WO-LND', 'rent')] });
    const file = toCaseFile(result, 'x');
    const attempt = { kind: 'Huisbezoek', reached: false, date: '2026-09-28', partOfDay: 'Avond' };
    const withRecord = { ...file, cases: file.cases.map((c) => ({ ...c, record: { attempts: [attempt] } })) };
    const history = historyFromCaseFile(withRecord);
    expect(history[0]?.reached).toBe(false);
    const october = signal('B', 'WO-LND', 'rent', { signalDate: '2026-10-26', arrearSince: '2026-09-01' });
    const c = matchMonth({ month: '2026-10', signals: [october], history }).cases[0];
    expect(c?.reachedBefore).toBe(false);
    if (c)
      expect(routingInputOf(c, '2026-10-26')).toMatchObject({
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
    const result = await runMonth({ month: '2026-09', signals: [signal('A', 'WO-LND', 'rent')] });
    const file = toCaseFile(result, 'x');
    const withPlan = { ...file, cases: file.cases.map((c) => ({ ...c, plan: [{ channel: 'letter' }] })) };
    const read = readCaseFile(withPlan);
    expect(read.ok && (read.value.cases[0] as Record<string, unknown>).plan).toEqual([{ channel: 'letter' }]);
  });

  it('bad input: issues with paths', () => {
    const r = readCaseFile({
      format: 'signaalreis-cases/1',
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
});
