// Every message of the repository (MESSAGE_CATALOGUE): each exists in Dutch and English, is not
// empty, holds no `undefined`, `NaN`, `Infinity` or `[object Object]` for sample arguments, and its
// Dutch differs from its English unless the text is only ids and numbers. Functions are called with
// a sample that works as a string, a number, a list and a bilingual text at once; the few messages
// that need a particular value (a union of words, an object) get theirs in SAMPLES. A property test
// then calls every function with generated strings and numbers.

import { fc, test } from '@fast-check/vitest';
import type { Bilingual } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import type { MessageEntry } from '../lang';
import { MESSAGE_CATALOGUE } from './catalogue';

const STRING_METHODS = Object.getOwnPropertyNames(String.prototype).filter(
  (m) => !(m in Array.prototype) && typeof ''[m as keyof string] === 'function',
);

/**
 * A value that reads as the string `text` (its string methods too), the number `n` (in arithmetic,
 * `toFixed`), a list of two ids (`join`, `map`, `length`) and a bilingual text (`nl`, `en`).
 */
function sample(text = 'ZV-7', n = 7): unknown {
  const list = ['A-1', 'B-2'];
  const methods = Object.fromEntries(
    STRING_METHODS.map((m) => [
      m,
      (...a: unknown[]) => (text[m as keyof string] as (...x: unknown[]) => unknown).apply(text, a),
    ]),
  );
  return Object.assign(list, methods, {
    nl: `tekst ${text}`,
    en: `text ${text}`,
    toFixed: (digits?: number) => n.toFixed(digits),
    [Symbol.toPrimitive]: (hint: string) => (hint === 'number' ? n : text),
  });
}

const INF = Number.POSITIVE_INFINITY;
/** Argument lists for messages that need particular values (a union of words, cents, paths), by id. */
const SAMPLES: Readonly<Record<string, unknown[][]>> = {
  'core.criteria.partsExceedAmount': [[12_000, 10_000]],
  'core.intake.belowFloor': [[9_999, 10_000, 'rent']],
  'core.intake.outOfWindow': [
    ['too-old', 30, 100],
    ['too-young', 30, 100],
    ['too-young', 30, INF],
    ['too-old', 0, INF],
  ],
  'core.intake.matchingReview': [
    [[]],
    [[{ code: 'too_many_signals', path: [], message: { nl: 'Te veel', en: 'Too many' } }]],
  ],
  'core.routing.duplicate': ['capacity', 'overflow', 'fallbacks'].map((at) => [at, 'phone/team', 0]),
  'core.routing.overflow_loop': [[['phone', 'letter', 'phone']]],
  'core.routing.fallback_not_needed': [['letter', 'phone', 'address']],
  'core.routing.fallback_needs_missing_data': [['phone', 'sms', 'phone']],
  'core.routing.fallback_loop': [[['phone', 'sms', 'phone']]],
  'adapters.output.foreignFile': [['out/2026-10', 'worklist.csv']],
  'adapters.output.foreignLink': [['out/2026-10', 'worklist.csv']],
  'adapters.output.changedFile': [['out/2026-10', 'worklist.csv']],
  'adapters.output.foreignManifest': [['out/2026-10', 'manifest.json']],
  'core.intake.notAboveFloor': [[10_000, 10_000, 'rent']],
  'rules-presets.presetTests.noLongerApplies': [
    ['type-small', []],
    ['type-small', [['Parameter visitAbove: € 500 → € 600'], ['Parameter visitAbove: € 500 → € 600']]],
  ],
  'rules-presets.authoring.expectsLookups': [
    [['register']],
    [['debtAssistance']],
    [['register', 'debtAssistance']],
  ],
  'rules-presets.authoring.missingLookups': [
    ['practice-2', ['register']],
    ['practice-4', ['register', 'debtAssistance']],
  ],
  // what the store was doing is one of its named actions (STORE_ACTIONS), each with Dutch words
  'adapters.store.failed': [
    ['store the month', 'connection terminated (57P01)'],
    ['update its schema', 'ZV-7'],
    ['read the history', 'A-1'],
  ],
  'adapters.xlsx.cellType': ['date', 'number', 'boolean'].flatMap((found) =>
    ['text', 'amount', 'date', 'count'].map((expects) => ['B2', 'amount', found, expects]),
  ),
};

const BAD = /undefined|NaN|Infinity|\[object Object\]/;
/** What may be the same in both languages: argument values, ids, codes, numbers, symbols. */
const ONLY_IDS = /^[\s\d\p{P}\p{S}]*$/u;
/** Texts that are rightly the same in Dutch and English (a word both languages use). */
const SAME_IN_BOTH = new Set([
  'cli.month.presetAbout',
  'cli.preset.parameter',
  'cli.columns.team',
  'cli.columns.partners',
  'cli.columns.partner_id',
  'cli.columns.email',
  'adapters.report.sector',
  'adapters.report.partner',
  'adapters.report.status',
  'adapters.report.team',
  'adapters.simulationReport.scenario',
  'adapters.simulationReport.parameter',
  'adapters.letterWords.email',
  'adapters.letterWords.website',
]);

const entries = Object.entries(MESSAGE_CATALOGUE).flatMap(([name, catalogue]) =>
  Object.entries(catalogue).map(([key, entry]) => ({ id: `${name}.${key}`, entry: entry as MessageEntry })),
);

const textsOf = (id: string, entry: MessageEntry, args: () => unknown[]): Bilingual[] =>
  typeof entry === 'function' ? (SAMPLES[id] ?? [args()]).map((a) => entry(...a)) : [entry];

const stripArgs = (s: string) => s.replace(/tekst ZV-7|text ZV-7|ZV-7|A-1|B-2/g, '');

describe('the message catalogue', () => {
  it('registers the messages of core, rules-presets, the adapters and the command line', () => {
    const names = Object.keys(MESSAGE_CATALOGUE);
    for (const prefix of ['core.', 'rules-presets.', 'adapters.', 'cli.'])
      expect(names.some((n) => n.startsWith(prefix))).toBe(true);
    expect(entries.length).toBeGreaterThan(400);
  });

  it.each(entries)('$id: Dutch and English, not empty, no undefined/NaN/Infinity', ({ id, entry }) => {
    const args = () =>
      Array.from({ length: Math.max(typeof entry === 'function' ? entry.length : 0, 4) }, () => sample());
    for (const text of textsOf(id, entry, args)) {
      for (const lang of ['nl', 'en'] as const) {
        expect(typeof text[lang], `${id} ${lang}`).toBe('string');
        expect(text[lang].trim(), `${id} ${lang}`).not.toBe('');
        expect(text[lang], `${id} ${lang}`).not.toMatch(BAD);
      }
      if (text.nl === text.en && !SAME_IN_BOTH.has(id))
        expect(stripArgs(text.nl), `${id}: the Dutch is the English`).toMatch(ONLY_IDS);
    }
  });

  const functions = entries.filter((e) => typeof e.entry === 'function' && SAMPLES[e.id] === undefined);
  test.prop(
    [
      fc.array(
        fc.tuple(
          fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/).filter((x) => !(x in Object.prototype)),
          fc.integer({ min: 0, max: 100_000 }),
        ),
        {
          minLength: 8,
          maxLength: 8,
        },
      ),
    ],
    {
      numRuns: 25,
    },
  )('every function makes both languages for any ids and counts', (values) => {
    for (const { id, entry } of functions) {
      const text = (entry as (...a: unknown[]) => Bilingual)(...values.map(([s, n]) => sample(s, n)));
      for (const lang of ['nl', 'en'] as const) {
        if (
          text[lang].trim() === '' ||
          BAD.test(text[lang].replace(/[A-Za-z0-9-]{1,12}/g, (w) => (values.some(([s]) => s === w) ? '' : w)))
        )
          throw new Error(`${id} ${lang}: ${JSON.stringify(text[lang])}`);
      }
    }
  });
});
