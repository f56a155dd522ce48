// Reform files (issue 16): a preset patch on the base, criteria, outcome and prices, and every kind
// of bad input as issues with a path (and a line, from text), in Dutch and English.
import { baseScenario, loadReform, loadReformText, type Scenario } from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';

const base = (() => {
  const r = baseScenario('type-medium');
  if (!r.ok) throw new Error('type-medium does not load');
  return r.value;
})();
const label = { nl: 'Proef', en: 'Trial' };
const issuesOf = (r: ReturnType<typeof loadReform>) => (r.ok ? [] : r.issues);

describe('loadReform', () => {
  it('extends the base by default, with criteria, an outcome patch and a price', () => {
    const r = loadReform(
      {
        id: 'floor-75',
        label,
        preset: { intake: { floor: { defaultCents: 7500 } } },
        criteria: { energy: 'criteria-energy-regulation-2023' },
        outcome: { acceptance: { probability: 0.5, source: 'test' } },
        businessCase: {
          prices: [
            {
              id: 'debt-assistance-case-avoided',
              kind: 'benefit',
              label: { nl: 'Traject voorkomen', en: 'Case avoided' },
              unit: { nl: 'traject', en: 'case' },
              priceCents: 300_000,
              source: 'own estimate 2026',
              asOf: '2026-01-01',
            },
          ],
        },
      },
      base,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const s: Scenario = r.value;
    expect(s.preset.lineage).toEqual(['floor-75', 'type-medium', 'national-baseline']);
    expect(s.preset.preset.intake.floor.defaultCents).toBe(7500);
    expect(s.criteria.energy?.id).toBe('criteria-energy-regulation-2023');
    expect(s.criteriaIds).toEqual({ energy: 'criteria-energy-regulation-2023' });
    expect(s.outcome.acceptance.probability).toBe(0.5);
    expect(s.businessCase.prices.find((p) => p.id === 'debt-assistance-case-avoided')?.priceCents).toBe(
      300_000,
    );
    expect(base.outcome.acceptance.probability).toBe(0.35); // the base is untouched
  });

  it('may extend another preset than the base', () => {
    const r = loadReform({ id: 'as-small', label, preset: { extends: 'type-small' } }, base);
    expect(r.ok && r.value.preset.lineage).toEqual(['as-small', 'type-small', 'national-baseline']);
  });

  it('bad input: each problem with its path, in Dutch and English', () => {
    expect(issuesOf(loadReform([], base))[0]).toMatchObject({ code: 'invalid_type', path: [] });
    expect(issuesOf(loadReform({ id: 'base', label, preset: {} }, base))[0]?.message.en).toMatch(
      /may not be called "base"/,
    );
    expect(issuesOf(loadReform({ id: 'x', preset: {} }, base))[0]?.path).toEqual(['label']);
    expect(issuesOf(loadReform({ id: 'x', label, preset: {}, extra: 1 }, base))[0]?.code).toBe('unknown_key');
    const unknown = issuesOf(loadReform({ id: 'x', label, preset: { extends: 'type-mediun' } }, base));
    expect(unknown[0]).toMatchObject({ code: 'unknown_preset', path: ['preset', 'extends'] });
    expect(unknown[0]?.message.nl).toMatch(/type-medium/);
    const floor = issuesOf(
      loadReform({ id: 'x', label, preset: { intake: { floor: { defaultCents: 'lots' } } } }, base),
    );
    expect(floor[0]?.path.slice(0, 3)).toEqual(['preset', 'intake', 'floor']);
    const many = issuesOf(
      loadReform(
        {
          id: 'x',
          label,
          preset: {},
          criteria: { rentt: 'criteria-rent', energy: 'criteria-nope' },
          outcome: { acceptance: { probability: 35 } },
        },
        base,
      ),
    );
    expect(many.map((i) => i.path.join('.'))).toEqual([
      'criteria.rentt',
      'criteria.energy',
      'outcome.acceptance.probability',
    ]);
    expect(many[0]?.message.nl).toMatch(/Onbekende sector "rentt"/);
  });
});

describe('loadReformText', () => {
  it('a syntax error and a bad value come back with their line', () => {
    const broken = loadReformText('{\n  "id": "x",\n  "label": ', base, 'x.json');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]).toMatchObject({ code: 'json_syntax', line: 3 });
    const text =
      '{\n  "id": "x",\n  "label": { "nl": "x", "en": "x" },\n  "preset": {},\n  "outcome": { "acceptance": { "probability": 2 } }\n}';
    const bad = loadReformText(text, base, 'x.json');
    if (!bad.ok)
      expect(bad.issues[0]).toMatchObject({ path: ['outcome', 'acceptance', 'probability'], line: 5 });
    const good = loadReformText('{"id":"y","label":{"nl":"y","en":"y"},"preset":{}}', base, 'reforms/y.json');
    expect(good.ok && good.value.source).toBe('reforms/y.json');
  });
});
