// Issue 9: a case file read back is untrusted — ids unique, stored records of their own case.
import { readCaseFile, toCaseFile } from '@signaalreis/adapters';
import {
  asCaseId,
  asCents,
  asIsoDate,
  asIsoMonth,
  asPartnerId,
  asSignalId,
  createRecord,
  runMonth,
  type Signal,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { okValue } from '../csv/fixtures.test-support';

const signal = (id: string, partner: string, postcode: string): Signal => ({
  signalId: asSignalId(id),
  partner: { id: asPartnerId(partner), name: partner, sector: 'rent' },
  kind: 'early',
  signalDate: asIsoDate('2026-09-25'),
  arrearSince: asIsoDate('2026-08-01'),
  amountCents: asCents(40_000),
  person: { surname: 'Jansen', legalForm: 'individual' },
  address: { postcode, houseNumber: 12 },
  contact: {},
});

const file = toCaseFile(
  okValue(
    await runMonth({
      month: asIsoMonth('2026-09'),
      signals: [signal('A', 'WO-LND', '7411AB'), signal('B', 'WO-LND', '7412CD')],
    }),
  ),
  'national-baseline',
);
const [first, second] = file.cases;
if (!first || !second) throw new Error('fixture: two cases');
const codes = (input: unknown) => {
  const r = readCaseFile(input);
  return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')]);
};
const recordOf = (caseId: string, signalId: string) => {
  const r = createRecord(
    {
      caseId: asCaseId(caseId),
      status: 'picked-up',
      signals: [{ signalId: asSignalId(signalId), partnerId: asPartnerId('WO-LND'), sector: 'rent' }],
    },
    asIsoDate('2026-09-28'),
  );
  if (!r.ok) throw new Error('fixture');
  return r.value;
};

describe('readCaseFile integrity', () => {
  it('accepts a case file as written, also with records of its own cases', () => {
    expect(codes(JSON.parse(JSON.stringify(file)))).toEqual([]);
    const withRecords = {
      ...file,
      cases: file.cases.map((c) => ({ ...c, record: recordOf(c.caseId, c.signalIds[0] ?? '') })),
    };
    expect(codes(withRecords)).toEqual([]);
  });

  it('refuses a caseId or a signalId used twice, naming each repeat and the first', () => {
    const again = {
      ...second,
      caseId: first.caseId,
      signals: [{ ...(second.signals[0] as object), signalId: 'A' }],
    };
    expect(codes({ ...file, cases: [first, second, again] })).toEqual([
      ['duplicate_case_id', 'cases.2.caseId'],
      ['duplicate_signal_id', 'cases.2.signals.0.signalId'],
    ]);
    const r = readCaseFile({ ...file, cases: [first, again] });
    expect(r.ok ? '' : r.issues[0]?.message.en).toMatch(/used again \(first at cases\.0\)/);
    expect(r.ok ? '' : r.issues[0]?.message.nl).toMatch(/nog een keer voor \(eerst bij cases\.0\)/);
  });

  it('refuses a stored record of another case or of other signals, or of the wrong shape', () => {
    const cases = [
      { ...first, record: recordOf('2026-09-0099', 'A') },
      { ...second, record: recordOf(second.caseId, 'X') },
    ];
    expect(codes({ ...file, cases })).toEqual([
      ['record_of_other_case', 'cases.0.record.caseId'],
      ['record_of_other_case', 'cases.1.record.signals'],
    ]);
    expect(codes({ ...file, cases: [{ ...first, record: { attempts: 'none' } }] })[0]).toEqual([
      'invalid_type',
      'cases.0.record.caseId',
    ]);
  });

  it('refuses values beyond the JSON limits, and strings beyond the text limits, without echoing them', () => {
    expect(codes({ ...file, cases: [{ ...first, totalAmountCents: Number.POSITIVE_INFINITY }] })).toEqual([
      ['json_number_out_of_range', 'cases.0.totalAmountCents'],
    ]);
    const huge = 'x'.repeat(1_000_000);
    const r = readCaseFile({ ...file, cases: [{ ...first, caseId: huge }] });
    expect(r.ok ? [] : r.issues.map((i) => i.path.join('.'))).toEqual(['cases.0.caseId']);
    expect(r.ok ? '' : r.issues[0]?.message.en.length).toBeLessThan(200);
    expect(r.ok ? '' : r.issues[0]?.message.nl.length).toBeLessThan(200);
  });
});
