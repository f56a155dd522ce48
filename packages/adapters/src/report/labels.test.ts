// labelOrId: how officers' output names an id of a label table, and what it does with one it does not hold.
import { describe, expect, it } from 'vitest';
import { KIND_TEXTS, labelOrId, OUTCOME_TEXTS, SECTOR_TEXTS } from './messages';

describe('labelOrId', () => {
  it('gives the label in the language, and an id the table does not hold (or an object key) as it came', () => {
    expect(labelOrId(SECTOR_TEXTS, 'health', 'nl')).toBe('zorgverzekering');
    expect(labelOrId(KIND_TEXTS, 'end-of-supply', 'en')).toBe('end of supply');
    expect(labelOrId(OUTCOME_TEXTS, 'crisis', 'nl')).toBe('crisisbakje');
    for (const id of ['a-newer-kind', '__proto__', 'constructor', 'toString', ''])
      expect(labelOrId(KIND_TEXTS, id, 'nl')).toBe(id);
    expect(labelOrId({ half: { nl: 'half' } as never }, 'half', 'en')).toBe('half'); // a label without this language
  });
});
