import {
  asCents,
  asIsoDate,
  asPartnerId,
  asSignalId,
  type Signal,
  signalHouseholdKey,
  validateSignal,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

const good: Signal = {
  signalId: asSignalId('S1'),
  partner: { id: asPartnerId('zv-a'), name: 'Zorgverzekeraar A', sector: 'health' },
  kind: 'early',
  signalDate: asIsoDate('2026-10-26'),
  arrearSince: asIsoDate('2026-08-01'),
  amountCents: asCents(31250),
  termsOverdue: 2,
  remindersSent: 1,
  person: { initials: 'J.', surname: 'Jansen', legalForm: 'individual', bsn: '111222333' },
  address: { postcode: '7411AB', houseNumber: 12, houseLetter: 'A' },
  contact: { phone: '+31612345678' },
};

const codesOf = (input: unknown) => {
  const r = validateSignal(input);
  return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`);
};

describe('validateSignal', () => {
  it('accepts a well-formed signal', () => {
    expect(validateSignal(good)).toEqual({ ok: true, value: good });
    expect(signalHouseholdKey(good)).toBe('7411AB 12A');
  });
  it('reports an arrear that starts after the signal date', () => {
    expect(codesOf({ ...good, arrearSince: '2026-10-27' })).toEqual(['arrear_after_signal@arrearSince']);
  });
  it('reports every bad field with its path', () => {
    expect(codesOf({ ...good, amountCents: 0 })).toEqual(['too_small@amountCents']);
    expect(codesOf({ ...good, amountCents: -5 })).toEqual(['too_small@amountCents']);
    expect(codesOf({ ...good, amountCents: 1.5 })).toEqual(['invalid_type@amountCents']);
    expect(codesOf({ ...good, signalDate: '26-10-2026' })).toEqual(['custom@signalDate']);
    expect(codesOf({ ...good, kind: 'urgent' })).toEqual(['invalid_value@kind']);
    expect(codesOf({ ...good, address: { postcode: '7411 AB', houseNumber: 12 } })).toEqual([
      'custom@address.postcode',
    ]);
    expect(codesOf({ ...good, extra: 1 })).toEqual(['unknown_key@extra']);
  });
  it('rejects non-objects without throwing', () => {
    expect(validateSignal(null).ok).toBe(false);
    expect(validateSignal('S1').ok).toBe(false);
  });
});
