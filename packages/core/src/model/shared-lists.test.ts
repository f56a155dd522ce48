import { describe, expect, it } from 'vitest';
import { EMPTY_LIST, internedLists, keptList, subsetLists } from './shared-lists';

describe('EMPTY_LIST and keptList', () => {
  it('is one frozen empty list that nobody can fill', () => {
    expect(EMPTY_LIST).toEqual([]);
    expect(Object.isFrozen(EMPTY_LIST)).toBe(true);
    expect(() => (EMPTY_LIST as unknown[]).push(1)).toThrow(TypeError);
    expect(JSON.stringify({ issues: EMPTY_LIST })).toBe('{"issues":[]}');
    expect(structuredClone(EMPTY_LIST)).toEqual([]);
  });

  it('keeps a filled list itself and gives the shared one for an empty list', () => {
    const filled = ['a', 'b'];
    expect(keptList(filled)).toBe(filled);
    expect(Object.isFrozen(keptList(filled))).toBe(false);
    expect(keptList([])).toBe(EMPTY_LIST);
  });
});

describe('subsetLists', () => {
  const sectors = subsetLists(['rent', 'energy', 'water'] as const);

  it('gives the values seen in the vocabulary’s order, one frozen list per subset', () => {
    const a = sectors(['water', 'rent', 'water']);
    expect(a).toEqual(['rent', 'water']);
    expect(Object.isFrozen(a)).toBe(true);
    expect(sectors(['rent', 'water'])).toBe(a);
    expect(sectors(['water', 'rent'])).toBe(a);
    expect(sectors(['energy'])).toEqual(['energy']);
    expect(sectors(['energy'])).not.toBe(a);
    expect(sectors([])).toBe(EMPTY_LIST);
  });

  it('gives undefined for a value outside the vocabulary (the caller makes its own list)', () => {
    expect(sectors(['rent', 'gas'])).toBeUndefined();
    expect(sectors([''])).toBeUndefined();
    expect(sectors(['Rent'])).toBeUndefined();
  });

  it('refuses a vocabulary too large for its table or with a value twice', () => {
    expect(() => subsetLists(Array.from({ length: 11 }, (_, i) => `v${i}`))).toThrow(/at most 10/);
    expect(() => subsetLists(Array.from({ length: 10 }, (_, i) => `v${i}`))).not.toThrow();
    expect(() => subsetLists(['a', 'b', 'a'])).toThrow(/twice/);
  });
});

describe('internedLists', () => {
  it('gives one frozen copy per distinct list, never the caller’s list', () => {
    const of = internedLists();
    const selected = ['R1', 'R4'];
    const a = of(selected);
    expect(a).toEqual(['R1', 'R4']);
    expect(a).not.toBe(selected);
    expect(Object.isFrozen(a)).toBe(true);
    expect(of(['R1', 'R4'])).toBe(a);
    expect(of(['R4', 'R1'])).toEqual(['R4', 'R1']);
    expect(of(['R1'])).toEqual(['R1']);
    expect(of([])).toBe(EMPTY_LIST);
    selected.push('R9');
    expect(a).toEqual(['R1', 'R4']);
  });

  it('tells apart lists whose keys collide (a text holding the separator)', () => {
    const of = internedLists();
    const joined = of(['a\nb']);
    const split = of(['a', 'b']);
    expect(joined).toEqual(['a\nb']);
    expect(split).toEqual(['a', 'b']);
    const again = of(['a\nb', 'c']);
    expect(of(['a', 'b\nc'])).toEqual(['a', 'b\nc']);
    expect(again).toEqual(['a\nb', 'c']);
  });

  it('keeps at most 1,024 lists, then gives fresh unfrozen copies', () => {
    const of = internedLists();
    for (let i = 0; i < 1024; i++) expect(Object.isFrozen(of([`R${i}`]))).toBe(true);
    const past = of(['R-new']);
    expect(past).toEqual(['R-new']);
    expect(Object.isFrozen(past)).toBe(false);
    expect(of(['R-new'])).not.toBe(past);
    expect(of(['R7'])).toBe(of(['R7']));
  });
});
