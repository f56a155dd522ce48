import { fc, test } from '@fast-check/vitest';
import { asMunicipalityCode, isMunicipalityCode, parseMunicipalityCode } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

describe('municipality codes', () => {
  it('reads 0363, GM0363 and gm0363 as 0363', () => {
    for (const v of ['0363', 'GM0363', 'gm0363', ' 0363 '])
      expect(parseMunicipalityCode(v)).toEqual({ ok: true, value: '0363' });
  });
  it('refuses anything else with a bilingual issue', () => {
    for (const v of ['363', '03630', 'Amsterdam', '', null, 363]) {
      const r = parseMunicipalityCode(v);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.message.nl).toMatch(/CBS-gemeentecode/);
    }
    expect(() => asMunicipalityCode('GM0363')).toThrow(TypeError);
  });
  test.prop([fc.integer({ min: 0, max: 9999 })])(
    'every four-digit code round-trips with and without GM',
    (n) => {
      const code = String(n).padStart(4, '0');
      expect(parseMunicipalityCode(`GM${code}`)).toEqual({ ok: true, value: code });
      expect(isMunicipalityCode(code)).toBe(true);
    },
  );
});
