// History signal files read by a thread beside the month's file (issue 14, fourteenth round): the
// thread notes each plain data line's household as it reads, checks a line as soon as its household
// is known to have a signal this month (the command's thread hands the households over as it reads
// them: a household once among them stays), keeps the other lines until the month is read — then
// checks those of the last households and leaves the rest unchecked, as history.ts does without a
// thread (`signalFileOfHouseholds`). The files are left to the command's thread (read there as
// before) when the answer could differ from that: rows are checked out of file order, so when two
// accepted rows of a file share a signal id or a line has a quote (the reader checks those itself,
// in order); and when a row left unchecked could change what is kept (history.ts asks the same).
// docs/performance.md, "Fourteenth round".
import { type HistoryEntry, historyFromSignals, type IsoDate } from '@signaalreis/core';
import type { HeaderMapping } from '../csv/headers';
import { type SkipRow, todayInAmsterdam } from '../csv/read-signals';
import { cellsHouseholdKey, lineCells } from '../csv/row-household';
import { rowToSignal } from '../csv/row-to-signal';
import type { CliIo } from './io';
import { eachSignal } from './load-signals';

/** The thread's answer for all the files: each file's entries of the month's households, in file order. */
export type KeyedHistory = HistoryEntry[][];

/** A number of a signal id, for a first look (equal ids, equal numbers). */
function idHash(id: string): number {
  let h = id.length;
  for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) | 0;
  return h;
}

/** One file as the checker reads it. */
interface FileState {
  header?: HeaderMapping;
  delimiter: string;
  /** Each plain data line's text while it waits for its household (then `undefined`). */
  lines: (string | undefined)[];
  /** Each plain data line's {@link idHash} of its signal id (trimmed). */
  hashes: number[];
  /** The lines waiting, by household: the last one's place, and each one's previous (-1: none). */
  last: Map<string, number>;
  previous: number[];
  found: { at: number; entry: HistoryEntry }[];
  accepted: Set<string>;
  /** The {@link idHash}es of the accepted ids. */
  acceptedHashes: Set<number>;
  /** The entries' `partner\0signal` by the hash of their signal id (several: between line breaks). */
  pairs: Map<number, string>;
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
 * const keyed = checker.finish(new Set(['7411HT 29', '7415HN 17C']));
 * // each file's entries of these households, as history.ts keeps them — or undefined: read the files there
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
        let at = f.last.get(key);
        if (at === undefined) continue;
        f.last.delete(key);
        for (; at >= 0; at = f.previous[at] as number) this.#check(f, at);
      }
    }
  }

  /** Reads one file (in `--history` order); a file the reader refuses is left to the caller. */
  async read(io: CliIo, file: string): Promise<void> {
    const f: FileState = {
      delimiter: ',',
      lines: [],
      hashes: [],
      last: new Map(),
      previous: [],
      found: [],
      accepted: new Set(),
      acceptedHashes: new Set(),
      pairs: new Map(),
      apart: false,
    };
    this.#files.push(f);
    const skip: SkipRow = (line, delimiter, header) => {
      f.header = header;
      f.delimiter = delimiter;
      const cells = lineCells(line, delimiter, header);
      const key = cells && cellsHouseholdKey(cells);
      const at = f.lines.length;
      // no household: rejected when checked (row-household.ts), no entry and no id seen
      f.lines.push(key === undefined ? undefined : line);
      f.hashes.push(cells ? idHash(cells.signalId.trim()) : 0);
      f.previous.push(-1);
      if (key === undefined) return true;
      if (this.#hinted.has(key)) this.#check(f, at);
      else {
        f.previous[at] = f.last.get(key) ?? -1;
        f.last.set(key, at);
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
    const h = idHash(id);
    f.acceptedHashes.add(h);
    for (const entry of historyFromSignals([outcome.signal])) {
      f.found.push({ at, entry });
      const pair = `${entry.partnerId}\u0000${entry.signalId}`;
      const before = f.pairs.get(h);
      f.pairs.set(h, before === undefined ? pair : `${before}\n${pair}`);
    }
  }

  /** The (partner, signal id) of a waiting line of `f`. */
  #ids(f: FileState, at: number): { partner: string; signal: string } {
    const cells = lineCells(f.lines[at] as string, f.delimiter, f.header as HeaderMapping);
    return { partner: cells?.partnerId.trim() ?? '', signal: cells?.signalId.trim() ?? '' };
  }

  /**
   * Whether a row left unchecked could change what is kept, as history.ts asks it without a thread:
   * an accepted row of its file has its signal id, or an entry of a later file has its partner and
   * signal id (such a row, if valid, would have hidden it). Looked at by {@link idHash} first.
   */
  #hidden(): boolean {
    const files = this.#files;
    for (const [i, f] of files.entries()) {
      const later = files.slice(i + 1);
      for (let at of f.last.values())
        for (; at >= 0; at = f.previous[at] as number) {
          const h = f.hashes[at] as number;
          if (!f.acceptedHashes.has(h) && !later.some((g) => g.pairs.has(h))) continue;
          const { partner, signal } = this.#ids(f, at);
          if (f.accepted.has(signal)) return true;
          const pair = `${partner}\u0000${signal}`;
          if (later.some((g) => g.pairs.get(h)?.split('\n').includes(pair))) return true;
        }
    }
    return false;
  }

  /**
   * With all the month's households: each file's entries of them, in file order — or `undefined`
   * when a file is left to the caller or a row left unchecked could change what is kept (the caller
   * reads the files itself then).
   */
  finish(households: Iterable<string>): KeyedHistory | undefined {
    this.hint(households);
    if (this.#files.some((f) => f.apart) || this.#hidden()) return undefined;
    return this.#files.map((f) => f.found.sort((a, b) => a.at - b.at).map((x) => x.entry));
  }
}
