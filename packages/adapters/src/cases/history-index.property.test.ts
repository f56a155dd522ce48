// The history index (issue 14, the year) must give exactly the history the case file beside it gives,
// for any month; and anything that is not a whole, valid index must give `undefined` — never an
// exception, never part of an index — so that the reader falls back to the case file.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { okValue } from '../csv/fixtures.test-support';
import { historyFromCaseFileText } from './case-file-lines';
import { historyIndexOfEntries, historyIndexPieces, historyIndexText } from './history-index';
import { damageArbs, damagedIndex, month, presets, written } from './history-index.test-support';
import { historyArb, signalsArb } from './months.test-support';

describe('the history index', () => {
  test.prop([signalsArb, historyArb, presets], { numRuns: 30 })(
    "gives exactly the case file's history: the same entries in the same order, the same month",
    async (signals, history, presetId) => {
      const { cases, index } = await written(signals, history as never[], presetId);
      const fromCases = okValue(historyFromCaseFileText(cases) ?? { ok: false, issues: [] });
      expect(historyIndexText(index)).toStrictEqual({ month, entries: fromCases.entries });
      // one signal a line, between the head (5 lines) and the end (3)
      expect(index.split('\n').length).toBe(fromCases.entries.length + 8);
    },
  );

  test.prop([signalsArb, historyArb, presets, fc.array(fc.constantFrom(true, false, undefined))], {
    numRuns: 30,
  })(
    'written from entries (feedback, letters: `reached` from the records), it gives those entries back',
    async (signals, history, presetId, reached) => {
      const { cases } = await written(signals, history as never[], presetId);
      // the case file's entries, each with a `reached` as lifecycle records could make it
      const entries = okValue(historyFromCaseFileText(cases) ?? { ok: false, issues: [] }).entries.map(
        ({ reached: _, ...e }, i) => {
          const r = reached[i % Math.max(1, reached.length)];
          return r === undefined ? e : { ...e, reached: r };
        },
      );
      const text = [...historyIndexOfEntries(month, entries)].join('');
      expect(historyIndexText(text)).toStrictEqual({ month, entries });
      // the same bytes as `run` writes when the entries are the run's own
      const { index } = await written(signals, history as never[], presetId);
      const own = okValue(historyFromCaseFileText(cases) ?? { ok: false, issues: [] }).entries;
      expect([...historyIndexOfEntries(month, own)].join('')).toBe(index);
    },
  );

  test.prop([...damageArbs], { numRuns: 60 })(
    'damaged in any one way, it is not read (the case file is)',
    async (signals, presetId, damage, pick, column) => {
      const { text } = await damagedIndex(signals, presetId, damage, pick, column);
      expect(historyIndexText(text)).toBeUndefined();
    },
  );

  test.prop([
    fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    ),
  ])('any other text gives undefined, never an exception', (text) => {
    expect(historyIndexText(text)).toBeUndefined();
  });

  test('an index of no signals, and texts that are nearly one', () => {
    const empty = [...historyIndexPieces(month, [])].join('');
    expect(historyIndexText(empty)).toStrictEqual({ month, entries: [] });
    expect(
      historyIndexText(empty.replace('"entries": [', '"entries": {').replace('  ]', '  }')),
    ).toBeUndefined();
    expect(historyIndexText(`[${empty}]`)).toBeUndefined();
    expect(historyIndexText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined();
  });
});
