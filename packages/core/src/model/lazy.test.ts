// Properties computed when read (issue 14): to anyone reading the object they are ordinary own,
// enumerable properties, in the position they were added.
import { describe, expect, it } from 'vitest';
import { lazyProperties } from './lazy';

describe('lazyProperties', () => {
  let reads = 0;
  const withText = lazyProperties<{ n: number }, { text: string; twice: number }>({
    text: (s) => {
      reads++;
      return `case ${s.n}`;
    },
    twice: (s) => s.n * 2,
  });

  it('computes each read from the state, and keeps nothing of it', () => {
    reads = 0;
    const o = withText({ id: 1 }, { n: 7 });
    expect([o.text, o.text, o.twice]).toEqual(['case 7', 'case 7', 14]);
    expect(reads).toBe(2);
  });

  it('are own and enumerable: JSON, keys, spreads and deep equality see the values, in order', () => {
    const o = withText({ id: 1 }, { n: 7 });
    const after = Object.assign(o, { last: true });
    expect(Object.keys(after)).toEqual(['id', 'text', 'twice', 'last']);
    expect(JSON.stringify(after)).toBe('{"id":1,"text":"case 7","twice":14,"last":true}');
    const copy = { ...after };
    expect(Object.getOwnPropertyDescriptor(copy, 'text')).toMatchObject({ value: 'case 7', writable: true });
    expect(after).toEqual({ id: 1, text: 'case 7', twice: 14, last: true });
  });

  it('gives the state back for its own objects only (a spread copy has none)', () => {
    const o = withText({ id: 1 }, { n: 3 });
    expect(withText.stateOf(o)).toEqual({ n: 3 });
    expect(withText.stateOf({ ...o })).toBeUndefined();
    expect(lazyProperties<number, { x: number }>({ x: (n) => n }).stateOf(o)).toBeUndefined();
  });
});
