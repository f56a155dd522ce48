// Properties of diffPresets for labels: a `{ nl, en }` label is compared whole and each sentence
// shows the label in its own language.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { diffPresets, municipalityPreset } from '../index';

const small = municipalityPreset('type-small');
if (!small.ok) throw new Error('type-small does not load');
const base = small.value.preset;
const text = fc.string({ minLength: 1, maxLength: 40 });

test.prop([text, text])(
  'a changed preset label is one change, each sentence in its own language',
  (nl, en) => {
    const changed = { ...base, label: { nl, en } };
    const changes = diffPresets(base, changed);
    const same = nl === base.label.nl && en === base.label.en;
    expect(changes).toEqual(
      same
        ? []
        : [
            {
              path: 'label',
              kind: 'changed',
              before: base.label,
              after: { nl, en },
              nl: `label: ${JSON.stringify(base.label.nl)} → ${JSON.stringify(nl)}`,
              en: `label: ${JSON.stringify(base.label.en)} → ${JSON.stringify(en)}`,
            },
          ],
    );
  },
);

test.prop([fc.nat({ max: 7 }), text])(
  'a rule whose label changes in one language is reported as that rule’s label change, nothing else',
  (at, nl) => {
    const rules = base.routing.table.rules;
    const i = at % rules.length;
    const rule = rules[i];
    if (!rule) throw new Error('fixture');
    const b = structuredClone(base);
    b.routing.table.rules[i] = { ...rule, label: { ...rule.label, nl } };
    const changes = diffPresets(base, b);
    if (nl === rule.label.nl) expect(changes).toEqual([]);
    else
      expect(changes.map((c) => [c.path, c.en, c.nl])).toEqual([
        [
          `routing.table.rules[${rule.id}]`,
          `Rule ${rule.id} changed: label`,
          `Regel ${rule.id} gewijzigd: label`,
        ],
      ]);
  },
);
