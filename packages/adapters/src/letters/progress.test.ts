// The progress `letters` shows on a large month (issue 14: a national month's letters take ~25 s):
// makeLetters and lettersFiles tell how far they are, and make exactly what they make without being
// asked — the same result, the same files.
import { describe, expect, it } from 'vitest';
import { AT, CONTACT, letterCase, lettersInput, signalOf } from './fixtures.test-support';
import { LETTERS_PROGRESS_EVERY, makeLetters } from './make-letters';
import { lettersFiles } from './outputs';

const PLAN = [
  { channel: 'letter', team: 'municipality', attempts: 1 },
  { channel: 'card', team: 'municipality', attempts: 1 },
  { channel: 'email', team: 'municipality', attempts: 1 },
];
const CONTEXT = { month: '2026-10', at: AT, lang: 'nl' as const, contact: CONTACT };

const cases = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    letterCase({
      id: `2026-10-${String(i + 1).padStart(5, '0')}`,
      householdKey: `7411AB ${i + 1}`,
      plan: PLAN,
    }),
  );

const withSignals = async (n: number) => {
  const list = cases(n);
  const signals = list.map((c, i) => {
    const s = signalOf(c);
    return { ...s, address: { ...s.address, houseNumber: i + 1 } };
  });
  return lettersInput(list, { signals });
};

describe('letters tell how far they are', () => {
  it(`makeLetters: every ${LETTERS_PROGRESS_EVERY} cases and after the last; the same letters as without`, async () => {
    const n = 2 * LETTERS_PROGRESS_EVERY + 7;
    const input = await withSignals(n);
    const told: [number, number][] = [];
    const made = makeLetters({ ...input, onProgress: (done, total) => told.push([done, total]) });
    expect(told).toEqual([
      [LETTERS_PROGRESS_EVERY, n],
      [2 * LETTERS_PROGRESS_EVERY, n],
      [n, n],
    ]);
    expect(made).toEqual(makeLetters(input));
    expect(made.items.length).toBeGreaterThan(0);
  });

  it('makeLetters of no cases tells 0 of 0', async () => {
    const told: [number, number][] = [];
    makeLetters({ ...(await lettersInput([])), onProgress: (done, total) => told.push([done, total]) });
    expect(told).toEqual([[0, 0]]);
  });

  it('lettersFiles: each letter and card drawn, then given its own PDF, counted to twice their number; the same files', async () => {
    const made = makeLetters(await withSignals(5));
    const printed = made.items.filter((x) => x.channel === 'letter' || x.channel === 'card').length;
    expect(printed).toBe(10);
    const told: [number, number][] = [];
    const shown = await lettersFiles(made, CONTEXT, {
      onProgress: (done, total) => told.push([done, total]),
    });
    expect(told).toEqual(Array.from({ length: 2 * printed }, (_, i) => [i + 1, 2 * printed]));
    const plain = await lettersFiles(made, CONTEXT);
    expect([...shown.files.keys()]).toEqual([...plain.files.keys()]);
    for (const [name, data] of plain.files)
      expect(Buffer.from(shown.files.get(name) ?? '').equals(Buffer.from(data)), name).toBe(true);
  });
});
