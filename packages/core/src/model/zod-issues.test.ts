// Issue 10: zod's issues become signaalreis issues with a Dutch and an English message.
import { AddressSchema, ContactSchema, issuesFromZod, PersonSchema, zodMessage } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : issuesFromZod(r.error);
};

describe('issuesFromZod', () => {
  it('says a missing value of a union is missing (it said it fits none of the allowed forms)', () => {
    const S = z.object({ a: z.string(), b: z.union([z.string(), z.object({ id: z.string() })]) });
    expect(issuesOf(S, { a: 'x' }).map((i) => [i.path, i.message])).toEqual([
      [['b'], { nl: 'Ontbreekt', en: 'Missing' }],
    ]);
    // a value that fits no form is still said so
    expect(issuesOf(S, { a: 'x', b: 3 })[0]?.message.nl).toBe('Past bij geen van de toegestane vormen');
  });

  it('words the signal schema’s own checks in Dutch too: postcode, BSN, phone, e-mail', () => {
    // found by trying it: `preset validate` showed "Ongeldige waarde (Expected a canonical Dutch postcode such as 1234AB)"
    const messages = [
      issuesOf(AddressSchema, { postcode: 'XXXX', houseNumber: 1 }),
      issuesOf(PersonSchema, { surname: 'Jansen', legalForm: 'individual', bsn: '123456789' }),
      issuesOf(ContactSchema, { phone: '0612' }),
      issuesOf(ContactSchema, { email: 'geen-adres' }),
    ].map((issues) => issues[0]?.message);
    expect(messages.map((m) => m?.nl)).toEqual([
      'Verwacht een Nederlandse postcode zoals 1234AB, zonder spatie',
      'Verwacht een BSN van 9 cijfers dat de elfproef doorstaat',
      'Verwacht een telefoonnummer in de vorm +31612345678',
      'Verwacht een e-mailadres',
    ]);
    for (const m of messages) expect(m?.nl).not.toMatch(/Expected/);
  });

  it('words zod default messages in Dutch, with a plain word for a whole number', () => {
    const [i] = issuesOf(z.object({ amount: z.number().int() }), { amount: 12.5 });
    expect(i?.path).toEqual(['amount']);
    expect(i?.message.nl).toBe('Verwacht een geheel getal, maar dit getal heeft decimalen');
    expect(i?.message.en).toBe('Expected a whole number, but this number has decimals');
  });

  it('says what is missing and what was received', () => {
    const [missing, wrong] = issuesOf(z.object({ a: z.string(), b: z.string() }), { b: 3 });
    expect(missing?.message.nl).toBe('Ontbreekt: verwacht tekst');
    expect(wrong?.message.nl).toBe('Verwacht tekst, maar kreeg een getal');
  });

  it('sizes and options in both languages', () => {
    expect(issuesOf(z.string().min(1), '')[0]?.message).toEqual({
      nl: 'Mag niet leeg zijn',
      en: 'Must not be empty',
    });
    expect(issuesOf(z.string().max(3), 'abcd')[0]?.message.nl).toBe('Te lang: hoogstens 3 tekens');
    expect(issuesOf(z.number().min(1), 0)[0]?.message.nl).toBe('Te klein: minstens 1');
    expect(issuesOf(z.enum(['rent', 'energy']), 'gas')[0]?.message.nl).toBe(
      'Ongeldige waarde: verwacht één van "rent", "energy"',
    );
  });

  it('unknown keys are named (short), each on its own path', () => {
    const issues = issuesOf(z.object({}).strict(), { visitAboev: 1 });
    expect(issues).toEqual([
      {
        code: 'unknown_key',
        path: ['visitAboev'],
        message: { nl: 'Onbekend veld "visitAboev"', en: 'Unknown key "visitAboev"' },
      },
    ]);
  });

  it('a schema message written with zodMessage comes back in both languages; params.code becomes the code', () => {
    const S = z.string().refine((s) => s.startsWith('a'), {
      message: zodMessage({ nl: 'Begint niet met a', en: 'Does not start with a' }),
      params: { code: 'no_a' },
    });
    expect(issuesOf(S, 'b')).toEqual([
      { code: 'no_a', path: [], message: { nl: 'Begint niet met a', en: 'Does not start with a' } },
    ]);
  });
});
