// A routing text made from a template (issue 14, "Twenty-fifth round" of docs/performance.md) must
// be the text rendered, for any table: random condition trees over random facts (money, numbers,
// dates, words, lists, objects with paths; all/any/not; every operator; dated parameters), random
// fact sets. Two fact sets whose template reads are the same must get, from the template made of
// the first, exactly the text the second renders.
import { fc, test } from '@fast-check/vitest';
import { afterAll, expect } from 'vitest';
import { asIsoDate } from '../model/iso-date';
import { compileTable } from './compile';
import { sameReads, sameTemplateReads, type TemplateReads, templateReads } from './decision-key';
import { loadRuleTable } from './load';
import { renderDecision } from './render';
import { fillTemplate, markedDecision, type TextTemplate, textTemplate } from './render-template';
import { resolveTable } from './resolve';
import { caseArb } from './test-support/table-arbitraries';

const PER_TABLE = 25;
const seen = { filled: 0, templates: 0, same: 0 };

test.prop([caseArb(PER_TABLE), fc.constantFrom('nl' as const, 'en' as const)], { numRuns: 300 })(
  'a template filled with a fact set’s numbers is the text it renders, for every fact set reading the same; without numbers, the same reads are the same text',
  (c, lang) => {
    const loaded = loadRuleTable(c.table, { checkUniqueOverlap: false });
    if (!loaded.ok) throw new Error('generated an invalid table');
    const resolved = resolveTable(loaded.value, asIsoDate(c.asOf));
    if (!resolved.ok) throw new Error('generated table does not resolve');
    const compiled = compileTable(resolved.value);
    const made: { reads: TemplateReads; template: TextTemplate }[] = [];
    const plain: { reads: TemplateReads; text: string }[] = [];
    for (const facts of c.factSets) {
      const reads = templateReads(compiled, facts);
      const decision = compiled.evaluate(facts);
      if (!reads || !decision.ok) continue;
      const text = renderDecision(decision.value, { lang });
      if (reads.numbers.length === 0) {
        // without numbers, the reads are the key of the text itself
        const same = plain.find((p) => sameReads(p.reads, reads));
        if (same) {
          expect(text).toBe(same.text);
          seen.same += 1;
        } else plain.push({ reads, text });
        continue;
      }
      const values = reads.numbers.map((n) => n.value);
      const before = made.find((m) => sameTemplateReads(m.reads, reads));
      if (before) {
        expect(fillTemplate(before.template, values, lang)).toBe(text);
        seen.filled += 1;
        continue;
      }
      const marked = markedDecision(
        decision.value,
        reads.numbers.map((n) => n.key),
      );
      if (!marked) continue;
      const template = textTemplate(renderDecision(marked.decision, { lang }), marked.types, values.length);
      // made from a case and filled with its own numbers: its own text
      expect(template && fillTemplate(template, values, lang)).toBe(text);
      if (template) {
        made.push({ reads, template });
        seen.templates += 1;
      }
    }
  },
);

afterAll(() => {
  // the property was not vacuous: templates were made, and filled for other fact sets
  expect(seen.templates).toBeGreaterThan(100);
  expect(seen.filled).toBeGreaterThan(100);
  expect(seen.same).toBeGreaterThan(100);
});
