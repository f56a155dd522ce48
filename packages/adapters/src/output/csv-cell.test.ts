import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS, neutraliseCell, restoreCell } from './csv-cell';
import { FORMULA_PAYLOADS, opensAsFormula } from './formula-payloads.test-support';

describe('neutraliseCell', () => {
  it.each(FORMULA_PAYLOADS.map((p) => [JSON.stringify(p), p]))(
    'the OWASP payload %s no longer opens as a formula, and comes back whole',
    (_, payload) => {
      const cell = neutraliseCell(payload as string);
      expect(opensAsFormula(cell)).toBe(false);
      if (opensAsFormula(payload as string)) expect(cell).toBe(`'${payload}`);
      expect(restoreCell(cell)).toBe(payload);
    },
  );

  it('most payloads open as a formula as they are (the test list is not toothless)', () => {
    expect(FORMULA_PAYLOADS.filter((p) => !opensAsFormula(p))).toEqual([
      'DDE ("cmd";"/C calc";"!A0")A0',
      "'=1+1",
      "''=1+1",
    ]);
    // a quote the original text starts with is kept: a second one is added, and removed again
    expect(neutraliseCell("'=1+1")).toBe("''=1+1");
  });

  it('every trigger, alone or behind spaces, is neutralised', () => {
    for (const t of FORMULA_TRIGGERS) {
      expect(neutraliseCell(`${t}x`)).toBe(`'${t}x`);
      expect(neutraliseCell(`  ${t}x`)).toBe(`'  ${t}x`);
    }
  });

  it('leaves ordinary text alone, also text that starts with a quote or holds a trigger later on', () => {
    for (const text of [
      '',
      'Jansen',
      "'s-Hertogenbosch",
      "'t Hart",
      ' de Vries',
      'A=B',
      'ZV-ZLD-202610-0001',
      '12.50',
      '2026-10-26',
      'DDE ("cmd";"/C calc";"!A0")A0',
      'x\n=1+1',
    ]) {
      expect(neutraliseCell(text), JSON.stringify(text)).toBe(text);
      expect(restoreCell(text)).toBe(text);
    }
  });

  it('restoreCell removes only a quote that neutraliseCell could have added', () => {
    expect(restoreCell("'=1")).toBe('=1');
    expect(restoreCell("''=1")).toBe("'=1");
    expect(restoreCell("'abc")).toBe("'abc");
    expect(restoreCell("'\tabc")).toBe('\tabc');
    expect(neutraliseCell("'\tabc")).toBe("''\tabc");
  });
});
