// A history index taken apart into its lines (issue 14, the year) must give exactly what the index
// read whole gives, for any month and any households asked for; a damaged index is refused — when
// it is taken apart, or when an entry of a household asked for is damaged — and never throws.
import { fc, test } from '@fast-check/vitest';
import type { HistoryEntry } from '@signaalreis/core';
import { describe, expect } from 'vitest';
import { historyIndexOfEntries, historyIndexPieces, historyIndexText } from './history-index';
import { damageArbs, damagedIndex, month, presets, written } from './history-index.test-support';
import { historyIndexLines, historyIndexLinesAgain } from './history-index-lines';
import { historyArb, signalsArb } from './months.test-support';

/** The households of `entries` picked by `pick` (one flag per household, repeated). */
function someHouseholds(entries: readonly HistoryEntry[], pick: readonly boolean[]): Set<string> {
  const all = [...new Set(entries.map((e) => e.householdKey))];
  return new Set(all.filter((_, i) => pick[i % Math.max(1, pick.length)] ?? true));
}

/** What the lines give, to compare with the index read whole. */
function seen(text: string, households: ReadonlySet<string>) {
  const lines = historyIndexLines(text);
  return (
    lines && {
      month: lines.month,
      entries: lines.entries(),
      of: lines.entriesOf(households),
      ids: [lines.signalIds, lines.partnerIds, lines.householdKeys],
    }
  );
}

/** What the index read whole gives, in the shape of {@link seen}. */
function expected(text: string, households: ReadonlySet<string>) {
  const whole = historyIndexText(text);
  return (
    whole && {
      month: whole.month,
      entries: whole.entries,
      of: whole.entries.filter((e) => households.has(e.householdKey)),
      ids: [
        whole.entries.map((e) => e.signalId),
        whole.entries.map((e) => e.partnerId),
        whole.entries.map((e) => e.householdKey),
      ],
    }
  );
}

/** The index of no signals. */
const EMPTY = [...historyIndexPieces(month, [])].join('');

describe('a history index taken apart into its lines', () => {
  test.prop([signalsArb, historyArb, presets, fc.array(fc.boolean())], { numRuns: 30 })(
    'gives what the index read whole gives: its month, every entry, those of any households',
    async (signals, history, presetId, pick) => {
      const { index } = await written(signals, history as never[], presetId);
      const whole = historyIndexText(index);
      expect(whole).toBeDefined();
      const households = someHouseholds(whole?.entries ?? [], pick);
      expect(seen(index, households)).toStrictEqual(expected(index, households));
    },
  );

  test.prop(
    [
      signalsArb,
      presets,
      fc.array(fc.constantFrom(true, false, undefined)),
      fc.array(fc.boolean()),
      fc.constantFrom('as written', 'one line', 'indented by one', 'ids with quotes'),
    ],
    { numRuns: 30 },
  )(
    'written from entries, or laid out otherwise (then read whole), the same',
    async (signals, presetId, reached, pick, layout) => {
      const { index } = await written(signals, [], presetId);
      const entries = (historyIndexText(index)?.entries ?? []).map(({ reached: _, ...e }, i) => {
        const r = reached[i % Math.max(1, reached.length)];
        // ids may hold quotes and backslashes (escaped in JSON: such a text is read whole)
        if (layout === 'ids with quotes') Object.assign(e, { signalId: `${e.signalId}","\\` });
        return r === undefined ? e : { ...e, reached: r };
      });
      let text = [...historyIndexOfEntries(month, entries)].join('');
      if (layout === 'one line') text = JSON.stringify(JSON.parse(text));
      if (layout === 'indented by one') text = JSON.stringify(JSON.parse(text), null, 1);
      const households = someHouseholds(entries, pick);
      expect(seen(text, households)).toStrictEqual(expected(text, households));
      expect(seen(text, households)?.entries).toStrictEqual(entries);
      // prepared in part, the rest given after: the same, taken apart or read whole
      const lines = historyIndexLines(text);
      const list = [...households];
      lines?.prepare(list.slice(0, list.length >> 1));
      expect(lines?.preparedEntries(list.slice(list.length >> 1))).toStrictEqual(
        entries.filter((e) => households.has(e.householdKey)),
      );
    },
  );

  test.prop([signalsArb, historyArb, presets, fc.array(fc.boolean()), fc.array(fc.array(fc.boolean()))], {
    numRuns: 30,
  })(
    'households parsed ahead (prepare, in any batches, of any households) change no answer',
    async (signals, history, presetId, pick, batches) => {
      const { index } = await written(signals, history as never[], presetId);
      const lines = historyIndexLines(index);
      const entries = historyIndexText(index)?.entries ?? [];
      const prepared = new Set<string>();
      for (const batch of batches)
        for (const h of someHouseholds(entries, batch)) {
          lines?.prepare([h]);
          prepared.add(h);
        }
      lines?.prepare(['not a household of the index']);
      const households = someHouseholds(entries, pick);
      expect(lines?.entriesOf(households)).toStrictEqual(
        entries.filter((e) => households.has(e.householdKey)),
      );
      // those prepared and any others, the prepared not looked up again
      expect(lines?.preparedEntries(households)).toStrictEqual(
        entries.filter((e) => prepared.has(e.householdKey) || households.has(e.householdKey)),
      );
      expect(lines?.entries()).toStrictEqual(entries);
    },
  );

  test.prop([signalsArb, historyArb, presets, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string()))], {
    numRuns: 30,
  })(
    'has a pair exactly when the index read whole has an entry of it; counts its lines',
    async (signals, history, presetId, mixed) => {
      const { index } = await written(signals, history as never[], presetId);
      const lines = historyIndexLines(index);
      const entries = historyIndexText(index)?.entries ?? [];
      const pairs = new Set(entries.map((e) => `${e.partnerId}\u0000${e.signalId}`));
      expect(lines?.length).toBe(entries.length);
      // every pair of the index, and pairs of a partner and a signal of different entries, or made up
      const asked: [string, string][] = entries.map((e) => [e.partnerId, e.signalId]);
      for (const [p, q, made] of mixed) {
        const a = entries[p % Math.max(1, entries.length)];
        const b = entries[q % Math.max(1, entries.length)];
        asked.push([a?.partnerId ?? made, b?.signalId ?? made], [made, b?.signalId ?? made]);
      }
      for (const [partner, signal] of asked)
        expect(lines?.has(partner, signal)).toBe(pairs.has(`${partner}\u0000${signal}`));
    },
  );

  test.prop(
    [
      signalsArb,
      presets,
      fc.integer({ min: 500, max: 3000 }),
      fc.integer({ min: 1, max: 1000 }),
      fc.nat(),
      fc.array(fc.boolean()),
    ],
    { numRuns: 10 },
  )(
    'thousands of lines (the tables full of neighbours): the same answers; a pair twice refused',
    async (signals, presetId, n, households, twice, pick) => {
      const { index } = await written(signals, [], presetId);
      const base = historyIndexText(index)?.entries ?? [];
      fc.pre(base.length > 0);
      const entries = Array.from({ length: n }, (_, i) => {
        const e = base[i % base.length] as HistoryEntry;
        const householdKey = `${e.householdKey}-${i % households}` as HistoryEntry['householdKey'];
        return { ...e, signalId: `${e.signalId}-${i}` as HistoryEntry['signalId'], householdKey };
      });
      const text = [...historyIndexOfEntries(month, entries)].join('');
      const asked = someHouseholds(entries, pick);
      expect(seen(text, asked)).toStrictEqual(expected(text, asked));
      const lines = historyIndexLines(text);
      for (const e of entries) expect(lines?.has(e.partnerId, e.signalId)).toBe(true);
      for (const e of entries) expect(lines?.has(e.partnerId, `${e.signalId}-x`)).toBe(false);
      const again = [...entries, entries[twice % n] as HistoryEntry];
      const doubled = [...historyIndexOfEntries(month, again)].join('');
      expect(historyIndexText(doubled)).toBeUndefined();
      expect(historyIndexLines(doubled)).toBeUndefined();
    },
  );

  test.prop(
    [
      signalsArb,
      historyArb,
      presets,
      fc.array(fc.array(fc.boolean()), { minLength: 1, maxLength: 4 }),
      fc.nat(),
    ],
    { numRuns: 30 },
  )(
    'kept and used again month after month (a batch thread), it answers each month as the index read whole',
    async (signals, history, presetId, months, ahead) => {
      const { index } = await written(signals, history as never[], presetId);
      const whole = historyIndexText(index);
      let lines = historyIndexLines(index);
      for (const pick of months) {
        if (!lines || !whole) throw new Error('not taken apart');
        const households = someHouseholds(whole.entries, pick);
        // some households parsed ahead in this month only: a later month parses its own
        const cut = ahead % (households.size + 1);
        lines.prepare([...households].slice(0, cut));
        expect(lines.entriesOf(households)).toStrictEqual(
          whole.entries.filter((e) => households.has(e.householdKey)),
        );
        // what an earlier month prepared is not this month's
        expect(lines.preparedEntries([...households].slice(cut))).toStrictEqual(
          whole.entries.filter((e) => households.has(e.householdKey)),
        );
        for (const e of whole.entries) expect(lines.has(e.partnerId, e.signalId)).toBe(true);
        expect(lines.length).toBe(whole.entries.length);
        const kept = lines.kept();
        expect(kept?.text).toBe(index);
        lines = kept && historyIndexLinesAgain(kept);
      }
      expect(lines?.entries()).toStrictEqual(whole?.entries);
    },
  );

  test.prop([...damageArbs], { numRuns: 80 })(
    'damaged in any one way, it is refused: taken apart, or when the damaged entry is asked for',
    async (signals, presetId, damage, pick, column) => {
      const { index, text, household } = await damagedIndex(signals, presetId, damage, pick, column);
      expect(historyIndexText(text)).toBeUndefined();
      const taken = historyIndexLines(text);
      if (taken === undefined) return;
      if (pick % 2 === 0) taken.prepare([household]); // parsed ahead or not: refused when asked
      expect(taken.entries()).toBeUndefined();
      expect(taken.preparedEntries(pick % 2 === 0 ? [] : [household])).toBeUndefined();
      expect(taken.entriesOf(new Set([household]))).toBeUndefined();
      // and in a later month, kept by a batch thread: refused again
      const kept = taken.kept();
      if (kept) expect(historyIndexLinesAgain(kept).entriesOf(new Set([household]))).toBeUndefined();
      // the other households' entries are read as they are (the manifest vouches for the index)
      const others = new Set(taken.householdKeys.filter((k) => k !== household));
      const sound = historyIndexText(index)?.entries.filter((e) => others.has(e.householdKey));
      expect(taken.entriesOf(others)).toStrictEqual(sound);
    },
  );

  test.prop([
    fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string().map((s) => EMPTY.replace('[', `[${s}`)),
      fc
        .tuple(fc.string(), fc.string(), fc.string(), fc.string())
        .map(([a, b, c, d]) => EMPTY.replace('\n  ]', `\n["${a}","${b}","${c}",${d}]\n  ]`)),
    ),
  ])('any other text: refused as the index read whole is, or the same; never an exception', (text) => {
    const households = new Set([text.slice(0, 10)]);
    const whole = expected(text, households);
    const taken = seen(text, households);
    if (whole) expect(taken).toStrictEqual(whole);
    else expect(taken?.entries).toBeUndefined();
  });
});
