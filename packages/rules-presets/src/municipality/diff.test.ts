import { describe, expect, it } from 'vitest';
import { diffPresets, loadMunicipalityPreset, MUNICIPALITY_PRESETS, municipalityPreset } from '../index';

function load(json: unknown) {
  const r = loadMunicipalityPreset(json, MUNICIPALITY_PRESETS);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.preset;
}

describe('diffPresets', () => {
  it('is empty for the same preset', () => {
    const a = municipalityPreset('type-medium');
    expect(a.ok && diffPresets(a.value.preset, a.value.preset)).toEqual([]);
  });

  it('names changed parameters, capacities, overflow, floors and rules in words', () => {
    const base = load({ id: 'a', extends: 'type-small' });
    const changed = load({
      id: 'a',
      extends: 'type-small',
      intake: { floor: { defaultCents: 7500 } },
      routing: {
        table: { parameters: { visitAbove: [{ from: '2026-01-01', value: 60000, source: 'council' }] } },
        capacity: [
          { channel: 'home-visit', perMonth: 30, source: 'x' },
          { channel: 'phone', perMonth: 50, source: 'team planning' },
        ],
        overflow: [{ from: { channel: 'home-visit' }, to: { channel: 'email' }, source: 'x' }],
      },
    });
    const en = diffPresets(base, changed).map((c) => c.en);
    expect(en).toEqual([
      'intake.floor.defaultCents: € 0,00 → € 75,00',
      'Parameter visitAbove: € 500,00 (2021-01-01) → € 600,00 (2026-01-01)',
      'Capacity home visit (all teams): 20 → 30 a month',
      'Capacity phone (all teams): source "signaalreis-2023, annex, municipality 3 (50 calls a month)" → "team planning"',
      'Overflow when home visit (all teams) is full: phone → e-mail',
      'Overflow when phone (all teams) is full: e-mail → —',
    ]);
    expect(diffPresets(base, changed).map((c) => c.nl)[2]).toBe(
      'Capaciteit huisbezoek (alle teams): 20 → 30 per maand',
    );
  });

  it('reports added, removed, changed and reordered rules', () => {
    const small = municipalityPreset('type-small');
    if (!small.ok) throw new Error('fixture');
    const a = small.value.preset;
    const [first, second, ...rest] = a.routing.table.rules;
    if (!first || !second) throw new Error('fixture');
    const b = structuredClone(a);
    b.routing.table.rules = [second, { ...first, priority: 99 }, ...rest.slice(1)];
    const en = diffPresets(a, b).map((c) => c.en);
    expect(en).toEqual([
      'Rule crisis changed: priority',
      `Rule ${rest[0]?.id} (${rest[0]?.label.en}) removed`,
      `Order of the rules changed: crisis, urgent, ${rest
        .slice(1)
        .map((r) => r.id)
        .join(', ')} → urgent, crisis, ${rest
        .slice(1)
        .map((r) => r.id)
        .join(', ')}`,
    ]);
  });

  it('names what changed in a rule or team in the sentence’s language (it said "gewijzigd: then")', () => {
    const small = municipalityPreset('type-small');
    if (!small.ok) throw new Error('fixture');
    const a = small.value.preset;
    const b = structuredClone(a);
    const [first, ...rest] = a.routing.table.rules;
    if (!first) throw new Error('fixture');
    b.routing.table.rules = [
      { ...first, priority: (first.priority ?? 0) + 1, source: 'project default' },
      ...rest,
    ];
    const changes = diffPresets(a, b);
    expect(changes.map((c) => c.nl)).toContain(`Regel ${first.id} gewijzigd: prioriteit, bron`);
    expect(changes.map((c) => c.en)).toContain(`Rule ${first.id} changed: priority, source`);
  });

  it('shows labels in the language of the sentence', () => {
    const small = municipalityPreset('type-small');
    if (!small.ok) throw new Error('fixture');
    const a = small.value.preset;
    const b = structuredClone(a);
    b.label = { nl: 'Mijn gemeente', en: 'My town' };
    const [, urgent, ...rest] = a.routing.table.rules;
    if (!urgent) throw new Error('fixture');
    b.routing.table.rules = [{ ...urgent, label: { ...urgent.label, nl: 'Spoed' } }, ...rest];
    const changes = diffPresets(a, b);
    expect(changes.map((c) => c.nl)).toEqual([
      'label: "Kleine gemeente (< 150 signalen per maand)" → "Mijn gemeente"',
      'Regel crisis (Dreigende ontruiming: crisis, 3 werkdagen) verwijderd',
      'Regel urgent gewijzigd: label',
    ]);
    expect(changes.map((c) => c.en)).toEqual([
      'label: "Small municipality (< 150 signals a month)" → "My town"',
      'Rule crisis (Eviction threat: crisis, 3 working days) removed',
      'Rule urgent changed: label',
    ]);
    expect(changes[0]).toEqual({
      path: 'label',
      kind: 'changed',
      before: a.label,
      after: b.label,
      nl: changes[0]?.nl,
      en: changes[0]?.en,
    });
  });
});
