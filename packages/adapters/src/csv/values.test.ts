import { fc, test } from '@fast-check/vitest';
import {
  parseAmount,
  parseBirthDate,
  parseCount,
  parseDate,
  parseKind,
  parseLegalForm,
  parseSector,
} from '@signaalreis/adapters';
import { describe, expect, it } from 'vitest';

const cents = (s: string) => {
  const r = parseAmount(s);
  return r.ok ? r.value : r.issues[0]?.code;
};

describe('parseAmount', () => {
  it.each([
    ['1527.96', 152796],
    ['1527,96', 152796],
    ['1.527,96', 152796],
    ['1,527.96', 152796],
    ['€ 1.527,96', 152796],
    ['€1527', 152700],
    ['EUR 12,50', 1250],
    ['12,5', 1250],
    ['1.234.567,89', 123456789],
    ['1.234.567', 123456700],
    ['1,234,567', 123456700],
    ['1 527,96', 152796],
    ['1\u00A0527.96', 152796],
    ['0,05', 5],
    ['0.99', 99],
    ['-12,50', -1250],
    ['€ -12,50', -1250],
    ['0', 0],
    [' 75 ', 7500],
  ])('%j → %d cents', (s, expected) => {
    expect(cents(s)).toBe(expected);
  });
  it.each([
    '',
    'abc',
    '12,345,6',
    '1.527,967',
    '12.3456',
    '€',
    '1 527,96x',
    '12..5',
    '1e3',
    '15 27',
    '0.999.000',
    '1.52.700',
  ])('rejects %j', (s) => {
    expect(cents(s)).toBe('invalid_amount');
  });
  // Issue 9: three digits after a single separator were read as thousands (0.999 → € 999,00).
  it.each(['0.999', '0,050', '0,001', '1527.500', '01.234'])(
    'rejects %j: three decimals, never read as thousands',
    (s) => {
      expect(cents(s)).toBe('invalid_amount');
      expect(parseAmount(s)).toMatchObject({
        issues: [
          {
            message: {
              en: expect.stringMatching(/three decimals/),
              nl: expect.stringMatching(/drie decimalen/),
            },
          },
        ],
      });
    },
  );
  it.each(['1.527', '12,345', '999,999', '€ 1.000', '-2.500'])(
    'rejects %j as ambiguous: thousands or three decimals?',
    (s) => {
      expect(cents(s)).toBe('ambiguous_amount');
    },
  );
  it('shows at most a short excerpt of a bad value', () => {
    const r = parseAmount(`12${'9'.repeat(5000)}x`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.message.en.length).toBeLessThan(250);
      expect(r.issues[0]?.message.nl.length).toBeLessThan(250);
    }
  });
});

const amountStyles = (c: number): string[] => {
  const euros = Math.floor(c / 100);
  const rest = String(c % 100).padStart(2, '0');
  const grouped = (sep: string) => String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const whole = rest === '00' ? [`${euros}`, `€ ${grouped(' ')}`] : [];
  // Grouped whole euros are unambiguous only with two or more separators (1.234.567).
  const groupedWhole = rest === '00' && euros >= 1_000_000 ? [grouped('.'), grouped(',')] : [];
  return [
    `${euros}.${rest}`,
    `${euros},${rest}`,
    `${grouped('.')},${rest}`,
    `${grouped(',')}.${rest}`,
    `${grouped(' ')},${rest}`,
    `€ ${grouped('.')},${rest}`,
    `EUR${euros},${rest}`,
    ...whole,
    ...groupedWhole,
  ];
};

test.prop([fc.integer({ min: 0, max: 1e11 })])(
  'every supported style of an amount reads back to the same cents',
  (c) => {
    return amountStyles(c).every((s) => cents(s) === c);
  },
);

describe('parseDate', () => {
  it.each([
    ['2026-10-26', '2026-10-26'],
    ['26-10-2026', '2026-10-26'],
    ['6-1-2026', '2026-01-06'],
    ['26/10/2026', '2026-10-26'],
    ['26.10.2026', '2026-10-26'],
    ['2024-02-29', '2024-02-29'],
  ])('%j → %s', (s, iso) => {
    expect(parseDate(s)).toEqual({ ok: true, value: iso });
  });
  it.each(['2023-02-29', '31-04-2026', '2026/10/26', '26-10-26', 'gisteren', '', '2026-10-26T00:00'])(
    'rejects %j',
    (s) => {
      expect(parseDate(s)).toMatchObject({ ok: false, issues: [{ code: 'invalid_date', path: [] }] });
    },
  );
});

test.prop([
  fc.date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  }),
])('ISO and DD-MM-YYYY spellings of a date read back to the same ISO date', (d) => {
  const iso = d.toISOString().slice(0, 10);
  const [y, m, day] = iso.split('-');
  const a = parseDate(iso);
  const b = parseDate(`${day}-${m}-${y}`);
  return a.ok && b.ok && a.value === iso && b.value === iso;
});

// A birth date is personal data: a message about one does not show it, not even a mistyped one
// (docs/formats/signals-csv.md, "Personal data in messages"); it reads what parseDate reads.
test.prop([
  fc.oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.constantFrom('1990-02-31', '19800101', '31-02-1980'),
  ),
])('parseBirthDate reads what parseDate reads, and its messages never show the text', (text) => {
  const birth = parseBirthDate(text);
  const date = parseDate(text);
  expect(birth.ok).toBe(date.ok);
  if (birth.ok) return date.ok && birth.value === date.value;
  const shown = JSON.stringify(birth.issues);
  expect(birth.issues.map((i) => i.code)).toEqual(['invalid_date']);
  // the text itself, and its digits run together (a birth date without its separators)
  for (const part of [text.trim(), text.replace(/\D/g, '')].filter((x) => x.length >= 4))
    expect(shown).not.toContain(part);
  return true;
});

describe('vocabularies', () => {
  it('reads Dutch and English sectors, kinds and legal forms', () => {
    expect(parseSector('Huur')).toEqual({ ok: true, value: 'rent' });
    expect(parseSector('gemeentelijke belastingen')).toEqual({ ok: true, value: 'municipal-tax' });
    expect(parseSector('zorg')).toEqual({ ok: true, value: 'health' });
    expect(parseKind('warme overdracht')).toEqual({ ok: true, value: 'warm-referral' });
    expect(parseKind('Ontruiming')).toEqual({ ok: true, value: 'eviction' });
    expect(parseKind('vroegsignaal')).toEqual({ ok: true, value: 'early' });
    expect(parseLegalForm('V.O.F.')).toEqual({ ok: true, value: 'vof' });
    expect(parseLegalForm('Stichting')).toEqual({ ok: true, value: 'other' });
    expect(parseLegalForm('')).toEqual({ ok: true, value: 'individual' });
  });
  it('names the words it takes in the message’s language, each of which it reads', () => {
    // found by trying it: the Dutch message listed the English ids (`rent, energy, …`)
    const msg = (r: { ok: boolean; issues?: { message: { nl: string; en: string } }[] }) =>
      r.issues?.[0]?.message;
    expect(msg(parseSector('telecom'))).toEqual({
      nl: '"telecom" is geen bekende sector (huur, energie, water, zorg, gemeentelijke belastingen, overig)',
      en: '"telecom" is not a known sector (rent, energy, water, health, municipal-tax, other)',
    });
    expect(msg(parseKind('urgent'))?.nl).toBe(
      '"urgent" is geen bekende soort signaal (vroegsignaal, eindelevering, ontruiming, warme overdracht, cak)',
    );
    expect(msg(parseLegalForm('ltd'))?.nl).toBe(
      '"ltd" is geen bekende rechtsvorm (particulier, eenmanszaak, maatschap, vof, cv, bv, nv, stichting, vereniging)',
    );
    // every word a message names is read
    for (const word of 'huur, energie, water, zorg, gemeentelijke belastingen, overig'.split(', '))
      expect(parseSector(word).ok, word).toBe(true);
    for (const word of 'vroegsignaal, eindelevering, ontruiming, warme overdracht, cak'.split(', '))
      expect(parseKind(word).ok, word).toBe(true);
    for (const word of 'particulier, eenmanszaak, maatschap, vof, cv, bv, nv, stichting, vereniging'.split(
      ', ',
    ))
      expect(parseLegalForm(word).ok, word).toBe(true);
  });
  it('rejects unknown values with their own codes', () => {
    expect(parseSector('telecom')).toMatchObject({ ok: false, issues: [{ code: 'invalid_sector' }] });
    expect(parseKind('urgent')).toMatchObject({ ok: false, issues: [{ code: 'invalid_kind' }] });
    expect(parseLegalForm('ltd')).toMatchObject({ ok: false, issues: [{ code: 'invalid_legal_form' }] });
    expect(parseCount('2.5')).toMatchObject({ ok: false, issues: [{ code: 'invalid_count' }] });
  });
});
