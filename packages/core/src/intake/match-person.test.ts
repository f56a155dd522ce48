import { asHouseholdKey, asIsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { matchPerson, type PersonQuery, type RegisterRecord } from './index';

const HOME = asHouseholdKey('7411AB 12');
const q = (over: Partial<PersonQuery> = {}): PersonQuery => ({
  surname: 'Jansen',
  initials: 'J.',
  birthDate: asIsoDate('1980-05-17'),
  householdKey: HOME,
  ...over,
});
const rec = (over: Partial<RegisterRecord> = {}): RegisterRecord => ({
  surname: 'Jansen',
  initials: 'J',
  birthDate: asIsoDate('1980-05-17'),
  householdKey: HOME,
  inMunicipality: true,
  ...over,
});

describe('matchPerson', () => {
  it('matches the same person at the address', () => {
    const m = matchPerson(q(), [rec()]);
    expect(m).toMatchObject({ verdict: 'match', movedWithinMunicipality: false });
    expect(m.reason.en).toMatch(/initials agree, birth date agrees; registered at the address/);
    expect(m.reason.nl).toBe(
      'naam klopt, voorletters kloppen, geboortedatum klopt; ingeschreven op het adres',
    );
  });

  it('identifies by BSN even when the name is written differently', () => {
    const m = matchPerson(q({ bsn: '111222333', surname: 'Jansens' }), [rec({ bsn: '111222333' })]);
    expect(m.verdict).toBe('match');
    expect(m.reason.en).toMatch(/BSN/);
    expect(m.reason.nl).toMatch(/BSN gevonden in de BRP/);
  });

  it('tolerates the prefix, diacritics, swapped parts and placeholder birth dates (signaalreis-2023)', () => {
    expect(
      matchPerson(q({ prefix: 'van der', surname: 'Berg' }), [rec({ surname: 'Vanderberg' })]).verdict,
    ).toBe('match');
    expect(matchPerson(q({ surname: 'Ozturk' }), [rec({ surname: 'Öztürk' })]).verdict).toBe('match');
    expect(matchPerson(q({ surname: 'Ahmed Mohamed' }), [rec({ surname: 'Mohamed Ahmed' })]).verdict).toBe(
      'match',
    );
    expect(
      matchPerson(q({ birthDate: asIsoDate('2000-01-01') }), [rec({ birthDate: asIsoDate('1979-03-04') })])
        .verdict,
    ).toBe('match');
    expect(
      matchPerson(q({ birthDate: asIsoDate('1900-01-01') }), [rec({ birthDate: asIsoDate('1979-03-04') })])
        .verdict,
    ).toBe('match');
  });

  it('matches first name and surname swapped only when the birth date agrees', () => {
    const query = q({ surname: 'Hassan', initials: 'A.' });
    const swapped = rec({ surname: 'Ali', initials: 'H.' });
    expect(matchPerson(query, [swapped]).verdict).toBe('match');
    expect(matchPerson({ ...query, birthDate: undefined }, [swapped]).verdict).toBe('uncertain');
  });

  it('marks a move within the municipality as a match (DDAS: picked up)', () => {
    const m = matchPerson(q(), [rec({ householdKey: asHouseholdKey('7411CD 3') })]);
    expect(m).toMatchObject({ verdict: 'match', movedWithinMunicipality: true });
  });

  it('does not accept a namesake elsewhere without an agreeing birth date or BSN', () => {
    const m = matchPerson(q({ birthDate: undefined }), [rec({ householdKey: asHouseholdKey('7411CD 3') })]);
    expect(m.verdict).toBe('uncertain');
  });

  it('reports someone found outside the municipality as not resident', () => {
    const m = matchPerson(q({ bsn: '111222333' }), [
      rec({ bsn: '111222333', inMunicipality: false, householdKey: asHouseholdKey('1011AA 1') }),
    ]);
    expect(m).toMatchObject({ verdict: 'mismatch', notResident: true });
  });

  it('reports a deceased person', () => {
    expect(matchPerson(q(), [rec({ deceased: true })])).toMatchObject({ verdict: 'match', deceased: true });
  });

  it('is uncertain on partial matches: initials, birth date or BSN differ', () => {
    expect(matchPerson(q(), [rec({ initials: 'M.' })]).verdict).toBe('uncertain');
    expect(matchPerson(q(), [rec({ birthDate: asIsoDate('1981-05-17') })]).verdict).toBe('uncertain');
    expect(matchPerson(q({ bsn: '111222333' }), [rec({ bsn: '123456782' })]).verdict).toBe('uncertain');
  });

  it('prefers a full match over a partial one, whatever the order', () => {
    const partner = rec({ initials: 'M.' });
    expect(matchPerson(q(), [partner, rec()]).verdict).toBe('match');
    expect(matchPerson(q(), [rec(), partner]).verdict).toBe('match');
  });

  it('prefers the record at the address over one elsewhere', () => {
    const m = matchPerson(q(), [rec({ householdKey: asHouseholdKey('7411CD 3') }), rec()]);
    expect(m.movedWithinMunicipality).toBe(false);
  });

  it('is a mismatch when only other people live at the address', () => {
    const m = matchPerson(q(), [rec({ surname: 'Pietersen', initials: 'K.' })]);
    expect(m.verdict).toBe('mismatch');
    expect(m.notResident).toBeUndefined();
  });

  it('is uncertain when nobody is registered at the address and there is no BSN (garage box, moved)', () => {
    expect(matchPerson(q(), []).verdict).toBe('uncertain');
    expect(
      matchPerson(q(), [rec({ householdKey: asHouseholdKey('7411AB 14'), surname: 'Pietersen' })]).verdict,
    ).toBe('uncertain');
  });

  it('is a mismatch when nobody is at the address and the BSN is unknown', () => {
    expect(matchPerson(q({ bsn: '111222333' }), []).verdict).toBe('mismatch');
  });

  it('ignores residents who left the municipality when deciding whether others live there', () => {
    const left = rec({ surname: 'Pietersen', initials: 'K.', inMunicipality: false });
    expect(matchPerson(q(), [left]).verdict).toBe('uncertain');
  });
});
