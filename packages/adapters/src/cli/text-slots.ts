// The explanation texts the command's thread posts to the worklist thread (issue 14): a text is
// posted once and numbered; while it is in its slot (text n in slot n % slots, both threads count
// alike) a case that shows it again is posted with its number only. A text is found again by its
// content, or — filled from a template, new each time as a string — by a short key that stands for
// it, so that it is not hashed whole (docs/performance.md, "Twenty-sixth round").

/** The command's side: the texts in the slots, found by their content or by their key. */
export class TextSlotsOut {
  readonly #byText = new Map<string, number>();
  readonly #byKey = new Map<string, number>();
  readonly #slots: { ids: Map<string, number>; key: string; chars: number }[] = [];
  readonly #count: number;
  readonly #chars: number;
  #next = 0;
  #kept = 0;

  /**
   * @param count How many slots (`TEXT_SLOTS` but in tests).
   * @param chars The most characters of the texts kept in them (`TEXT_CHARS` but in tests): a text
   * that would take more is posted with the number -1 and kept by neither thread.
   *
   * @example
   * ```ts
   * import { TextSlotsOut } from './text-slots';
   * const out = new TextSlotsOut(2, 1_000);
   * out.number('omdat …'); // 0: new, posted with its text
   * out.number('omdat …'); // 0 again: the worklist thread has it
   * out.number('totaal € 12,00', 't3:0:1200'); // 1: new; found again by its key
   * ```
   */
  constructor(count: number, chars: number) {
    this.#count = count;
    this.#chars = chars;
  }

  /** Whether the text last numbered is to be posted with its number (new, or not kept). */
  posted = false;

  /**
   * The number to post for `text` ({@link TextSlotsOut.posted}: with the text). `key`, when given,
   * stands for the text: equal keys must be equal texts (two keys may stand for one text).
   */
  number(text: string, key?: string): number {
    const ids = key === undefined ? this.#byText : this.#byKey;
    const k = key ?? text;
    const found = ids.get(k);
    this.posted = found === undefined;
    if (found !== undefined) return found;
    const slot = this.#next % this.#count;
    const before = this.#slots[slot];
    const freed = before?.chars ?? 0;
    if (this.#kept - freed + text.length > this.#chars) return -1; // posted, not kept
    if (before) before.ids.delete(before.key);
    this.#slots[slot] = { ids, key: k, chars: text.length };
    this.#kept += text.length - freed;
    ids.set(k, this.#next);
    return this.#next++;
  }
}

/** The worklist thread's side: what it made of each text posted, by the texts' numbers. */
export class TextSlotsIn<T> {
  readonly #slots: T[] = [];
  readonly #count: number;
  readonly #make: (text: string) => T;
  #next = 0;

  /**
   * @param count As the command's thread's {@link TextSlotsOut}.
   * @param make What is kept of a text (the worklist thread: its CSV field).
   *
   * @example
   * ```ts
   * import { TextSlotsIn } from './text-slots';
   * const slots = new TextSlotsIn(2, (t) => t.toUpperCase());
   * slots.take(0, 'omdat …'); // 'OMDAT …', kept
   * slots.take(0, null); // 'OMDAT …' again
   * ```
   */
  constructor(count: number, make: (text: string) => T) {
    this.#count = count;
    this.#make = make;
  }

  /** What is made of text `id`: `text` when it was posted with it, else the one kept in its slot. */
  take(id: number, text: string | null | undefined): T | undefined {
    if (typeof text !== 'string') return this.#slots[id % this.#count];
    const made = this.#make(text);
    if (id >= 0) this.#slots[this.#next++ % this.#count] = made;
    return made;
  }
}
