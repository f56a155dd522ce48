// The explanation texts' slots between the command's thread and the worklist thread (text-slots.ts):
// whatever texts come, by content or by key, in any order, with any number of slots and budget, the
// worklist thread makes each case's text of what it was given — and keeps no more than the budget.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { TextSlotsIn, TextSlotsOut } from './text-slots';

/** Each case's text as the worklist thread makes it, posted through slots of `count` and `chars`. */
function through(cases: readonly { text: string; key?: string }[], count: number, chars: number) {
  const out = new TextSlotsOut(count, chars);
  const made: string[] = [];
  const into = new TextSlotsIn(count, (t) => {
    made.push(t);
    return `«${t}»`;
  });
  const got = cases.map(({ text, key }) => {
    const id = out.number(text, key);
    return into.take(id, out.posted ? text : null);
  });
  return { got, made };
}

// a few texts (some equal in content, one equal to another's key), each with or without a key; a
// key stands for one text only
const pool = ['a', 'bb', 'a', 'ccc', 'dddd', 'eeeeeeeeee', 'k1'];
const caseArb = fc
  .record({ at: fc.nat({ max: pool.length - 1 }), keyed: fc.boolean(), alias: fc.boolean() })
  .map(({ at, keyed, alias }) => {
    const text = pool[at] as string;
    // two keys may stand for one text (`alias`): the same text by another key
    return keyed ? { text, key: `k${at}${alias ? "'" : ''}` } : { text };
  });

describe('the explanation texts posted through slots', () => {
  test.prop([fc.array(caseArb, { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), fc.nat({ max: 30 })])(
    'are each case’s text in the worklist thread, for any texts, keys, slots and budget',
    (cases, count, chars) => {
      const { got, made } = through(cases, count, chars);
      expect(got).toEqual(cases.map((c) => `«${c.text}»`));
      // a text is posted again only when it was not kept (or was pushed out of its slot)
      expect(made.length).toBeLessThanOrEqual(cases.length);
    },
  );

  it('post a text once while it is kept, found by content or by key', () => {
    const { made } = through(
      [{ text: 'a' }, { text: 'a' }, { text: 'b', key: 'k' }, { text: 'b', key: 'k' }, { text: 'b' }],
      4,
      100,
    );
    // 'b' by content is not 'b' by key: posted again (a key is looked up by its key only)
    expect(made).toEqual(['a', 'b', 'b']);
  });

  it('find a keyed text by its key alone: its content is not looked at (not hashed)', () => {
    const out = new TextSlotsOut(4, 100);
    expect(out.number('a', 'k')).toBe(0);
    // (a key stands for one text: another text with it is not what callers do — here it shows the key decides)
    expect(out.number('another text', 'k')).toBe(0);
    expect(out.posted).toBe(false);
    expect(out.number('a')).toBe(1);
    expect(out.posted).toBe(true);
  });

  it('post a text again once its slot is taken, and every text when none fits the budget', () => {
    const cases = [{ text: 'a', key: 'k' }, { text: 'b' }, { text: 'a', key: 'k' }];
    expect(through(cases, 1, 100).made).toEqual(['a', 'b', 'a']);
    expect(through(cases, 2, 100).made).toEqual(['a', 'b']);
    expect(through(cases, 2, 0).made).toEqual(['a', 'b', 'a']);
  });
});
