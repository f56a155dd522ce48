import { DDAS_SIGNAL_STATUSES } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { caseStatus, DDAS_SIGNAL_STATUS_EN, NOT_PICKED_UP_PRECEDENCE } from './index';

describe('caseStatus', () => {
  it('is Opgepakt when any signal is picked up, then Nog niet opgepakt for manual review', () => {
    expect(caseStatus(['Inwoner is overleden', 'Opgepakt'])).toBe('Opgepakt');
    expect(caseStatus(['Nog niet opgepakt', 'Niet opgepakt: andere reden'])).toBe('Nog niet opgepakt');
  });
  it('takes the most specific not-picked-up status', () => {
    expect(caseStatus(['Niet opgepakt: andere reden', 'Niet opgepakt: onterecht signaal'])).toBe(
      'Niet opgepakt: onterecht signaal',
    );
    expect(
      caseStatus(['Niet opgepakt: herhaalde melding', 'Persoon is geen inwoner (meer) in de gemeente']),
    ).toBe('Persoon is geen inwoner (meer) in de gemeente');
    expect(caseStatus([])).toBe('Niet opgepakt: andere reden');
  });
  it('ranks every not-picked-up DDAS status exactly once and labels every status in English', () => {
    const rest = DDAS_SIGNAL_STATUSES.filter((s) => s !== 'Opgepakt' && s !== 'Nog niet opgepakt');
    expect([...NOT_PICKED_UP_PRECEDENCE].sort()).toEqual([...rest].sort());
    for (const s of DDAS_SIGNAL_STATUSES) expect(DDAS_SIGNAL_STATUS_EN[s]).toMatch(/\w/);
  });
});
