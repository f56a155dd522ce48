// History signal files read by a thread beside the month's file (issue 14, fourteenth round): the
// thread notes each plain data line's household and ids as it reads, checks a line as soon as its
// household is known to have a signal this month (the command's thread hands the households over as
// it reads them: a household once among them stays), keeps the other lines until the month is read
// — then checks those of the last households and leaves the rest unchecked, as history.ts does
// without a thread (`signalFileOfHouseholds`). Rows are checked out of file order, so a file whose
// accepted rows share a signal id, or that has lines with quotes (the reader checks those itself, in
// order), is left to the command's thread. docs/performance.md, "Fourteenth round".
import { type HistoryEntry, historyFromSignals, type IsoDate } from '@signaalreis/core';
import type { HeaderMapping } from '../csv/headers';
import { type SkipRow, todayInAmsterdam } from '../csv/read-signals';
import { cellsHouseholdKey, lineCells } from '../csv/row-household';
import { rowToSignal } from '../csv/row-to-signal';
import type { CliIo } from './io';
import { eachSignal } from './load-signals';

/**
 * What a thread made of one history signal file for the month's households: the entries of the
 * rows it checked, in file order, and the ids of the rows it left unchecked (one a line, joined,
 * `count` of them) — what history.ts keeps of a file read with the households.
 */
export interface KeyedHistory {
  entries: HistoryEntry[];
  count: number;
  ids: string;
  partners: string;
}

/** One file as the checker reads it. */
interface FileState {
  header?: HeaderMapping;
  delimiter: string;
  /** Each plain data line's text while it waits for its household (then `undefined`). */
  lines: (string | undefined)[];
  ids: string[];
  partners: string[];
  /** The lines waiting, by household. */
  waiting: Map<string, number[]>;
  found: { at: number; entry: HistoryEntry }[];
  accepted: Set<string>;
  /** Left to the command's thread: not read, not plain, or two accepted rows with one id. */
  apart: boolean;
}

/**
 * Reads history signal files for the month's households before they are all known (see the module
 * comment): {@link HistoryLineChecker.hint} the households as they come, {@link HistoryLineChecker.read}
 * each file, then {@link HistoryLineChecker.finish} with all of them.
 *
 * @example
 * ```ts
 * import { HistoryLineChecker } from './history-keys';
 * import type { CliIo } from './io';
 * declare const io: CliIo;
 * const checker = new HistoryLineChecker(io.today);
 * checker.hint(['7411HT 29']); // a household of the month, as the month's file is read
 * await checker.read(io, 'signals-2026-09.csv');
 * const [keyed] = checker.finish(new Set(['7411HT 29', '7415HN 17C'])); // undefined: left to the caller
 * ```
 */
export class HistoryLineChecker {
  readonly #today: IsoDate;
  readonly #hinted = new Set<string>();
  readonly #files: FileState[] = [];

  constructor(today?: IsoDate) {
    this.#today = today ?? todayInAmsterdam();
  }

  /** Households of the month: their lines read so far are checked now, later ones as they are read. */
  hint(keys: Iterable<string>): void {
    for (const key of keys) {
      if (this.#hinted.has(key)) continue;
      this.#hinted.add(key);
      for (const f of this.#files) {
        const at = f.waiting.get(key);
        if (at === undefined) continue;
        f.waiting.delete(key);
        for (const i of at) this.#check(f, i);
      }
    }
  }

  /** Reads one file (in `--history` order); a file the reader refuses is left to the caller. */
  async read(io: CliIo, file: string): Promise<void> {
    const f: FileState = {
      delimiter: ',',
      lines: [],
      ids: [],
      partners: [],
      waiting: new Map(),
      found: [],
      accepted: new Set(),
      apart: false,
    };
    this.#files.push(f);
    const skip: SkipRow = (line, delimiter, header) => {
      f.header = header;
      f.delimiter = delimiter;
      const cells = lineCells(line, delimiter, header);
      const key = cells && cellsHouseholdKey(cells);
      const at = f.lines.length;
      f.lines.push(undefined);
      f.ids.push(cells ? cells.signalId.trim() : '');
      f.partners.push(cells ? cells.partnerId.trim() : '');
      // no household: rejected when checked (row-household.ts), no entry and no id seen
      if (key === undefined) return true;
      if (this.#hinted.has(key)) {
        f.lines[at] = line;
        this.#check(f, at);
      } else {
        f.lines[at] = line;
        const waiting = f.waiting.get(key);
        if (waiting) waiting.push(at);
        else f.waiting.set(key, [at]);
      }
      return true;
    };
    try {
      // a row the reader accepts itself (a line with a quote) would be out of order with these (one it
      // rejects is no entry and no id seen)
      const leave = () => {
        f.apart = true;
      };
      await eachSignal(io, file, leave, { skip });
    } catch {
      f.apart = true;
    }
  }

  /** Checks line `at` of `f` (its household has a signal this month). */
  #check(f: FileState, at: number): void {
    const line = f.lines[at];
    f.lines[at] = undefined;
    if (line === undefined || f.apart || !f.header) return;
    const pos = { row: at + 1, line: at + 2 }; // (only in issues, which are not kept)
    const outcome = rowToSignal(line.split(f.delimiter), f.header, pos, this.#today);
    if (!outcome.ok) return;
    const id = outcome.signal.signalId;
    if (f.accepted.has(id)) f.apart = true; // which one the reader accepts depends on the order
    f.accepted.add(id);
    for (const entry of historyFromSignals([outcome.signal])) f.found.push({ at, entry });
  }

  /**
   * With all the month's households: each file's {@link KeyedHistory}, in `read` order, or
   * `undefined` for a file left to the caller (also when an accepted row has an unchecked row's id).
   */
  finish(households: Iterable<string>): (KeyedHistory | undefined)[] {
    this.hint(households);
    return this.#files.map((f) => {
      if (f.apart) return undefined;
      const ids: string[] = [];
      const partners: string[] = [];
      for (const at of f.waiting.values())
        for (const i of at) {
          ids.push(f.ids[i] as string);
          partners.push(f.partners[i] as string);
        }
      if (ids.some((id) => f.accepted.has(id))) return undefined;
      f.found.sort((a, b) => a.at - b.at);
      return {
        entries: f.found.map((x) => x.entry),
        count: ids.length,
        ids: ids.join('\n'),
        partners: partners.join('\n'),
      };
    });
  }
}
