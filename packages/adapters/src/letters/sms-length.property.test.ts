import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { smsLength } from './sms-length';

// A reference written another way: encode to the units themselves (septet codes with the escape
// 0x1B, UTF-16 code units from Buffer), then cut parts of at most 153/67 units where a cut may fall.
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '\f^{}\\[~]|€';

function reference(text: string): { encoding: string; units: number; parts: number } {
  const chars = Array.from(text);
  const gsm = chars.every((c) => BASIC.includes(c) || EXTENSION.includes(c));
  // each unit with whether a part may end after it
  const units: boolean[] = [];
  if (gsm) for (const c of chars) units.push(...(EXTENSION.includes(c) ? [false, true] : [true]));
  else
    for (const c of chars) {
      const n = Buffer.from(c, 'utf16le').length / 2;
      units.push(...Array.from({ length: n }, (_, i) => i === n - 1));
    }
  const [single, multi] = gsm ? [160, 153] : [70, 67];
  if (units.length <= single) return { encoding: gsm ? 'GSM-7' : 'UCS-2', units: units.length, parts: 1 };
  let parts = 0;
  let start = 0;
  while (start < units.length) {
    let end = Math.min(start + multi, units.length);
    while (end < units.length && !units[end - 1]) end -= 1;
    parts += 1;
    start = end;
  }
  return { encoding: gsm ? 'GSM-7' : 'UCS-2', units: units.length, parts };
}

const gsmChar = fc.constantFrom(...Array.from(BASIC), ...Array.from(EXTENSION));
const anyChar = fc.oneof(
  gsmChar,
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.constantFrom('ë', 'ï', '😀', 'ş'),
);

describe('smsLength (issue 15)', () => {
  test.prop([fc.array(gsmChar, { maxLength: 700 }).map((a) => a.join(''))])(
    'GSM texts: the same encoding, length and parts as the reference',
    (text) => {
      const { encoding, units, parts } = smsLength(text);
      expect({ encoding, units, parts }).toEqual(reference(text));
    },
  );

  test.prop([fc.array(anyChar, { maxLength: 400 }).map((a) => a.join(''))])(
    'any text: the same as the reference; one part exactly when it fits in one',
    (text) => {
      const l = smsLength(text);
      expect({ encoding: l.encoding, units: l.units, parts: l.parts }).toEqual(reference(text));
      expect(l.parts === 1).toBe(l.units <= (l.encoding === 'GSM-7' ? 160 : 70));
      expect(l.parts).toBeGreaterThanOrEqual(Math.ceil(l.units / l.perPart));
    },
  );

  it('counts the limits exactly', () => {
    expect(smsLength('a'.repeat(160)).parts).toBe(1);
    expect(smsLength('a'.repeat(161)).parts).toBe(2);
    expect(smsLength('a'.repeat(306)).parts).toBe(2);
    expect(smsLength('a'.repeat(307)).parts).toBe(3);
    expect(smsLength('€'.repeat(80)).units).toBe(160);
    expect(smsLength('€'.repeat(81)).parts).toBe(2);
    // an escape pair that would straddle the end of part one moves to part two
    expect(smsLength(`${'a'.repeat(152)}€${'a'.repeat(153)}`).parts).toBe(3);
    expect(smsLength('ë'.repeat(70)).parts).toBe(1);
    expect(smsLength('ë'.repeat(71)).parts).toBe(2);
    expect(smsLength('😀'.repeat(35)).units).toBe(70);
    expect(smsLength(`${'ë'.repeat(66)}😀${'ë'.repeat(66)}`).parts).toBe(3); // 134 units, but the pair moves
    expect(smsLength('').parts).toBe(1);
  });
});
