import { fc, test } from '@fast-check/vitest';
import { ContactSchema, normaliseDutchPhone, normaliseEmail } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

describe('normaliseDutchPhone (Dutch numbering plan → E.164)', () => {
  it.each([
    ['06-12345678', '+31612345678'],
    ['06 1234 5678', '+31612345678'],
    ['+31 6 12345678', '+31612345678'],
    ['+31 (0)6 12345678', '+31612345678'],
    ['0031612345678', '+31612345678'],
    ['020-1234567', '+31201234567'],
    ['(020) 123 45 67', '+31201234567'],
    ['+49 151 12345678', '+4915112345678'],
  ])('%j → %s', (input, e164) => {
    expect(normaliseDutchPhone(input)).toEqual({ ok: true, value: e164 });
  });
  it.each(['06-1234', '06123456789', 'abc', '612345678', '+31 0 12345678', '06+12345678', '', '+1 23'])(
    'rejects %j with invalid_phone',
    (input) => {
      const r = normaliseDutchPhone(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe('invalid_phone');
    },
  );
});

test.prop([fc.stringMatching(/^[1-9]\d{8}$/), fc.constantFrom('0', '+31', '0031', '+31 ', '0031 ')])(
  'every Dutch spelling of a number gives one E.164 form, and normalising it again changes nothing',
  (national, prefix) => {
    const written = `${prefix}${national.slice(0, 2)} ${national.slice(2)}`;
    const r = normaliseDutchPhone(written);
    if (!r.ok || r.value !== `+31${national}`) return false;
    const again = normaliseDutchPhone(r.value);
    return again.ok && again.value === r.value;
  },
);

describe('normaliseEmail', () => {
  it('trims and lowercases the domain only', () => {
    expect(normaliseEmail(' J.Jansen@Example.NL ')).toEqual({ ok: true, value: 'J.Jansen@example.nl' });
  });
  it.each(['jansen@', '@example.nl', 'jansen', 'a b@example.nl', ''])('rejects %j', (s) => {
    const r = normaliseEmail(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('invalid_email');
  });
});

describe('ContactSchema', () => {
  it('accepts normalised data and rejects unnormalised phones', () => {
    expect(ContactSchema.safeParse({ phone: '+31612345678', email: 'a@example.nl' }).success).toBe(true);
    expect(ContactSchema.safeParse({ phone: '06-12345678' }).success).toBe(false);
    expect(ContactSchema.safeParse({ fax: '1' }).success).toBe(false);
  });
});

describe('messages of rejected contact data (issue 9)', () => {
  it('show a phone number masked to its last two digits, never in full', () => {
    const r = normaliseDutchPhone('06-1234567');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message.en).toBe('Phone number *******67 does not have 10 digits');
  });
  it('show an e-mail address masked, never in full', () => {
    const r = normaliseEmail('jan.jansen@example');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.message.en).toBe('j***@*** is not an e-mail address');
      expect(r.issues[0]?.message).not.toContain('jansen');
    }
  });
});

test.prop([fc.stringMatching(/^[0-9 +()-]{4,20}$/)])(
  'a rejected phone number never appears in its message, nor do its digits in a row',
  (input) => {
    const r = normaliseDutchPhone(input);
    if (r.ok) return true;
    const m = r.issues[0]?.message;
    const message = m ? `${m.nl}\n${m.en}` : '';
    const digits = input.replace(/\D/g, '');
    // A value of fewer than 4 characters (e.g. "0") may occur in the message's own text ("10 cijfers").
    const shown = input.trim();
    return (shown.length < 4 || !message.includes(shown)) && (digits.length < 4 || !message.includes(digits));
  },
);
