import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { feedbackFileName, safeFileStem } from './file-names';

const ids = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('A', 'a', 'E', 'e', '-', '_', '.', '/', '\\', ' ', '0'), maxLength: 10 }),
  fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{0,45}$/),
);

describe('safeFileStem', () => {
  test.prop([ids, ids])('distinct ids give distinct stems, also when case is ignored', (a, b) => {
    fc.pre(a !== b);
    expect(safeFileStem(a)).not.toBe(safeFileStem(b));
    expect(safeFileStem(a).toLowerCase()).not.toBe(safeFileStem(b).toLowerCase());
  });

  test.prop([ids])('stems are safe: no separator, no leading dot, bounded, portable characters', (id) => {
    const stem = safeFileStem(id);
    expect(stem).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(stem.startsWith('.')).toBe(false);
    expect(stem.length).toBeLessThanOrEqual(57);
    expect(safeFileStem(id)).toBe(stem);
  });

  it('keeps the usual partner ids readable and tells the look-alikes apart', () => {
    expect(feedbackFileName('EN-WKR')).toBe('feedback-EN-WKR.csv');
    const names = ['EN.WKR', 'EN_WKR', 'en-wkr', 'EN WKR'].map(safeFileStem);
    expect(names.map((n) => n.slice(0, 7))).toEqual(['EN_WKR_', 'EN_WKR_', 'en-wkr_', 'EN_WKR_']);
    expect(new Set(names).size).toBe(4);
    expect(safeFileStem('')).toMatch(/^_[0-9a-f]{16}$/);
    expect(safeFileStem('x'.repeat(1000))).toHaveLength(57);
  });
});
