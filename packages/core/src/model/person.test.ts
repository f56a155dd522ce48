import { isNaturalPerson, LEGAL_FORMS, mayFollowUp, PersonSchema } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

describe('legal forms (signaalreis-2023; DDAS v1.2)', () => {
  it('treats eenmanszaak, maatschap, vof and cv as natural persons', () => {
    expect(LEGAL_FORMS.filter(isNaturalPerson)).toEqual([
      'individual',
      'eenmanszaak',
      'maatschap',
      'vof',
      'cv',
    ]);
  });
  it('does not follow up a BV or NV unless someone is personally liable', () => {
    expect(mayFollowUp({ legalForm: 'bv' }).allowed).toBe(false);
    expect(mayFollowUp({ legalForm: 'nv' }).allowed).toBe(false);
    expect(mayFollowUp({ legalForm: 'other' }).allowed).toBe(false);
    expect(mayFollowUp({ legalForm: 'bv', personallyLiable: true }).allowed).toBe(true);
    expect(mayFollowUp({ legalForm: 'eenmanszaak' }).allowed).toBe(true);
    expect(mayFollowUp({ legalForm: 'bv' }).source).toMatch(/signaalreis-2023/);
  });
  it('validates a person', () => {
    expect(
      PersonSchema.safeParse({ surname: 'Jansen', legalForm: 'individual', bsn: '111222333' }).success,
    ).toBe(true);
    expect(
      PersonSchema.safeParse({ surname: 'Jansen', legalForm: 'individual', bsn: '123456789' }).success,
    ).toBe(false);
    expect(PersonSchema.safeParse({ surname: '', legalForm: 'individual' }).success).toBe(false);
    expect(PersonSchema.safeParse({ surname: 'Jansen', legalForm: 'ltd' }).success).toBe(false);
    expect(
      PersonSchema.safeParse({ surname: 'Jansen', legalForm: 'individual', birthDate: '2000-02-30' }).success,
    ).toBe(false);
  });
});
