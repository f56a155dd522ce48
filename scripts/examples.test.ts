// Issue 10: every `@example` in the TSDoc of the packages is type-checked against the sources, so
// an example cannot go stale when an API changes.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractExamples } from './examples/extract';
import { typecheckExamples } from './examples/typecheck';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

describe('TSDoc examples', () => {
  const blocks = extractExamples(ROOT, ['core', 'rules-presets', 'adapters']);

  it('are found (a regression in the extractor would silently check nothing)', () => {
    expect(blocks.length).toBeGreaterThan(300);
    expect(blocks.every((b) => b.code.trim().length > 0)).toBe(true);
  });

  it('all type-check as modules of their own', () => {
    const bad = typecheckExamples(ROOT, blocks);
    const report = bad.map((b) => `${b.id}\n  ${b.errors.join('\n  ')}`).join('\n');
    expect(report).toBe('');
  });

  it('a broken example is caught', () => {
    const [first] = blocks;
    if (!first) throw new Error('no examples');
    const broken = { ...first, id: 'broken', code: `${first.code}\nconst n: number = 'not a number';` };
    expect(typecheckExamples(ROOT, [broken]).map((b) => b.id)).toEqual(['broken']);
  });
});
