import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { EXCERPT_LENGTH, escapeControl, excerpt, maskBsn, maskEmail, maskPhone } from './redact';

describe('excerpt', () => {
  it('cuts a long value and says how long it was', () => {
    const e = excerpt('x'.repeat(5_000_000));
    expect(e.length).toBeLessThan(80);
    expect(e).toContain('5000000 characters');
  });
  it('keeps a short value as it is', () => expect(excerpt('Jansen')).toBe('Jansen'));
  test.prop([fc.string({ maxLength: 500 })])('is short and has no control characters', (s) => {
    const e = excerpt(s);
    expect(e.length).toBeLessThanOrEqual(EXCERPT_LENGTH * 6 + 30);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
    expect(/[\u0000-\u001f\u007f-\u009f]/.test(e)).toBe(false);
  });
});

describe('escapeControl', () => {
  it('makes ESC and NUL visible', () => expect(escapeControl('a\u001b[2J\u0000')).toBe('a\\u001b[2J\\u0000'));
  it('keeps line breaks and tabs when asked', () =>
    expect(escapeControl('a\n\tb\r\n', { keepLines: true })).toBe('a\n\tb\r\n'));
});

describe('masks', () => {
  it('shows only the last four digits of a BSN', () => {
    expect(maskBsn('123459427')).toBe('****9427');
    expect(maskBsn('abc')).toBe('****');
  });
  test.prop([fc.stringMatching(/^\d{9}$/)])('never contains the first five digits of a BSN', (b) => {
    expect(maskBsn(b)).not.toContain(b.slice(0, 5));
  });
  it('masks e-mail and phone', () => {
    expect(maskEmail('jan.jansen@example.nl')).toBe('j***@***.nl');
    expect(maskPhone('06-12345678')).toBe('********78');
    expect(maskPhone('12')).toBe('****');
  });
});
