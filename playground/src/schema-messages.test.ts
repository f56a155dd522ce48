import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEMA_CODES, schemaErrorPath, schemaMessage } from './schema-messages';

describe('schemaMessage', () => {
  it('says what the schema expects, in Dutch and English', () => {
    expect(schemaMessage({ code: 'type-error', data: { expected: 'integer', received: 'string' } })).toEqual({
      nl: 'Verwacht een geheel getal, maar kreeg tekst',
      en: 'Expected a whole number, but got text',
    });
    expect(
      schemaMessage({ code: 'type-error', data: { expected: ['string', 'null'], received: 'number' } }).nl,
    ).toBe('Verwacht tekst of null, maar kreeg een getal');
    expect(schemaMessage({ code: 'minimum-error', data: { minimum: 0 } }).nl).toBe('Te klein: minimaal 0');
    expect(
      schemaMessage({ code: 'no-additional-properties-error', data: { property: 'visitAboev' } }).nl,
    ).toBe('Onbekend veld "visitAboev"');
  });

  it('shows a long or odd value as a short excerpt without control characters', () => {
    const m = schemaMessage({
      code: 'enum-error',
      data: { value: `${'x'.repeat(500)}\u0007`, values: ['a'] },
    });
    expect(m.nl.length).toBeLessThan(120);
    expect(m.nl).not.toContain('\u0007');
  });

  it('names an unknown code rather than guessing', () => {
    expect(schemaMessage({ code: 'if-then-error' })).toEqual({
      nl: 'Voldoet niet aan het JSON Schema (if-then-error)',
      en: 'Does not match the JSON Schema (if-then-error)',
    });
  });

  test.prop([
    fc.constantFrom(...SCHEMA_CODES),
    fc.option(
      fc.dictionary(
        fc.string(),
        fc
          .oneof(fc.anything(), fc.constant(undefined))
          .filter((v) => v === undefined || !/undefined|NaN/.test(JSON.stringify(v) ?? '')),
      ),
      { nil: undefined },
    ),
  ])(
    'gives every code a Dutch sentence that differs from the English one, whatever data the library sends',
    (code, data) => {
      const m = schemaMessage({ code, ...(data ? { data } : {}) });
      expect(m.nl).not.toBe(m.en);
      expect(m.nl).not.toMatch(/undefined|NaN/);
      expect(m.en).not.toMatch(/undefined|NaN/);
    },
  );
});

describe('schemaErrorPath', () => {
  it('reads the pointer, and marks the key of an unknown property', () => {
    expect(
      schemaErrorPath({ code: 'minimum-error', data: { pointer: '#/routing/capacity/0/perMonth' } }),
    ).toEqual({
      path: ['routing', 'capacity', '0', 'perMonth'],
      onKey: false,
    });
    expect(
      schemaErrorPath({ code: 'no-additional-properties-error', data: { pointer: '#/a~1b', property: 'x' } }),
    ).toEqual({
      path: ['a/b', 'x'],
      onKey: true,
    });
    expect(schemaErrorPath({ code: 'type-error' })).toEqual({ path: [], onKey: false });
  });
});
