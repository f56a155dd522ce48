// The history files of `run` read apart (a file at a time, as the worker threads do) and merged must
// keep exactly what one historySieve over every file in order keeps: entries with a problem or not
// before the month are dropped, the first entry of a key over all files wins whatever its
// household, and only then the month's households are kept. The threads send only the entries of
// the month's households and answer questions about later files' keys (the protocol of
// history-worker.ts): that too must keep exactly what the one sieve keeps, and ask no more than needed.
import { fc, test } from '@fast-check/vitest';
import { asIsoMonth, type HistoryEntry, historySieve } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  type HistoryPart,
  historyKey,
  historyQuestions,
  mergeHistoryParts,
  monthEntries,
} from './history-parts';

const month = asIsoMonth('2026-10');

const BASE = {
  month: '2026-09',
  partnerId: 'P1',
  sector: 'rent',
  kind: 'early',
  signalDate: '2026-09-20',
  arrearSince: '2026-07-01',
  amountCents: 50_000,
  naturalPerson: true,
  pickedUp: true,
};

/** A small space of keys and households, so that files share signals and households often. */
const entryArb = fc
  .record({
    partner: fc.constantFrom('P1', 'P2'),
    signal: fc.constantFrom('S1', 'S2', 'S3', 'S4'),
    household: fc.constantFrom('7411AB 1', '7411AB 2', '7411AB 3'),
    month: fc.constantFrom('2026-08', '2026-09', '2026-10', '2026-11'),
    problem: fc.constantFrom(undefined, undefined, undefined, 'signalDate', 'amountCents', 'notAnObject'),
  })
  .map((r): HistoryEntry => {
    const e = {
      ...BASE,
      month: r.month,
      signalId: r.signal,
      partnerId: r.partner,
      householdKey: r.household,
      signalDate: `${r.month}-20`,
    };
    if (r.problem === 'notAnObject') return null as unknown as HistoryEntry;
    if (r.problem) return { ...e, [r.problem]: 'bad' } as unknown as HistoryEntry;
    return e as HistoryEntry;
  });

const filesArb = fc.array(fc.array(entryArb, { maxLength: 12 }), { maxLength: 5 });
const householdsArb = fc.subarray(['7411AB 1', '7411AB 2', '7411AB 3', '9999ZZ 1']).map((h) => new Set(h));

/** What the worker of a file does: its own sieve (no households); what it keeps, and every kept key. */
function apart(file: readonly HistoryEntry[]) {
  const sieve = historySieve(month);
  for (const e of file) sieve.add(e);
  return { kept: sieve.entries };
}

/** The protocol of history-pool.ts and history-worker.ts: entries of the households, questions, answers. */
function inParts(
  files: readonly (readonly HistoryEntry[])[],
  households: ReadonlySet<string>,
): HistoryPart[] {
  const read = files.map(apart);
  const entries = read.map((r) => monthEntries(r.kept, households));
  const questions = historyQuestions(entries);
  return read.map((r, i) => ({
    entries: entries[i] ?? [],
    hiding: answerQuestion(r.kept, questions[i] ?? []),
  }));
}

/** One sieve over every file, in order. */
function whole(files: readonly (readonly HistoryEntry[])[], households: ReadonlySet<string>) {
  const sieve = historySieve(month, households);
  for (const file of files) for (const e of file) sieve.add(e);
  return sieve.entries;
}

describe('history read apart and merged', () => {
  test.prop([filesArb, householdsArb])(
    'keeps exactly what one sieve over every file keeps',
    (files, households) => {
      expect(mergeHistoryParts(inParts(files, households))).toEqual(whole(files, households));
    },
  );

  test.prop([filesArb, householdsArb])(
    'asks a file only about keys of later files’ entries that no entry before has, each once',
    (files, households) => {
      const entries = files.map((f) => monthEntries(apart(f).kept, households));
      const questions = historyQuestions(entries);
      expect(questions).toHaveLength(files.length);
      expect(questions.at(-1) ?? []).toEqual([]);
      questions.forEach((asked, i) => {
        const before = new Set(entries.slice(0, i + 1).flatMap((f) => f.map(historyKey)));
        const later = new Set(entries.slice(i + 1).flatMap((f) => f.map(historyKey)));
        expect(new Set(asked).size).toBe(asked.length);
        expect(new Set(asked)).toEqual(new Set([...later].filter((k) => !before.has(k))));
      });
    },
  );

  it('a signal kept by an earlier file for another household hides a later file’s entry', () => {
    const e = (householdKey: string, signalId = 'S1') =>
      ({ ...BASE, householdKey, signalId }) as HistoryEntry;
    const households = new Set(['7411AB 1']);
    const files = [
      [e('7411AB 2'), e('7411AB 2', 'S3')],
      [e('7411AB 1'), e('7411AB 1', 'S2')],
    ];
    const parts = inParts(files, households);
    expect(parts[0]).toEqual({ entries: [], hiding: [historyKey(e('7411AB 2'))] }); // not S3: nobody asks
    expect(parts[1]).toEqual({ entries: files[1], hiding: [] });
    expect(mergeHistoryParts(parts).map((x) => x.signalId)).toEqual(['S2']);
  });

  it('answers only what the file kept', () => {
    const kept = [{ ...BASE, signalId: 'S1', householdKey: '7411AB 1' }] as HistoryEntry[];
    expect(answerQuestion(kept, ['P1\u0000S1', 'P1\u0000S2', 'P2\u0000S1'])).toEqual(['P1\u0000S1']);
    expect(answerQuestion(kept, [])).toEqual([]);
    expect(answerQuestion([], ['P1\u0000S1'])).toEqual([]);
  });

  /** Ids with and without U+0000 (no valid id holds one, but the answer must not depend on it). */
  const idArb = fc.constantFrom('P1', 'S1', 'P1\u0000', '\u0000S1', 'a\u0000b', '');
  const pairEntryArb = fc
    .record({ partnerId: idArb, signalId: idArb })
    .map((r) => ({ ...BASE, ...r, householdKey: '7411AB 1' }) as HistoryEntry);

  test.prop([fc.array(pairEntryArb, { maxLength: 8 }), fc.array(pairEntryArb, { maxLength: 8 })])(
    'answers as a set of every kept entry’s key would, for any ids',
    (kept, askedOf) => {
      const asked = [...new Set(askedOf.map(historyKey))];
      const keys = new Set(kept.map(historyKey));
      expect(answerQuestion(kept, asked)).toEqual(asked.filter((k) => keys.has(k)));
    },
  );
});
