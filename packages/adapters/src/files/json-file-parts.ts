// A JSON file too large to be one string (V8 holds at most ~512 Mi characters; a national DDAS
// delivery of a year is more), read in parts: the containers the caller opens (e.g. the delivery,
// its `leveringen`, their lists of signals and cases) are walked here, a byte at a time; every other
// value — one signal, one case — is cut out whole and read by core's parseJsonText, with all its
// checks (syntax, `1e400`, a key twice, `__proto__`, nesting). The result is the value the whole
// text would give. Only the bytes of the part being read are held, besides the value being built.
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync } from 'node:fs';
import {
  type Bilingual,
  excerpt,
  issue,
  JSON_LIMITS,
  JSON_MESSAGES,
  type JsonLimits,
  type JsonTextIssue,
  parseJsonText,
  type Result,
} from '@signaalreis/core';
import { CHUNK, positionOfByte, Stop, Window } from './file-window';
import { checkedFile, JSON_FILE_MESSAGES } from './read-json-file';

/** Where a value is in the document: keys and indexes from the top. */
export type JsonPath = readonly (string | number)[];

/**
 * Options of {@link readJsonFileInParts}.
 *
 * @example
 * ```ts
 * import type { JsonFilePartsOptions } from '@signaalreis/adapters/files';
 * // open the top object and its list `items`: each item is read as one part
 * const options: JsonFilePartsOptions = {
 *   maxBytes: 2 ** 31,
 *   open: (path) => path.length === 0 || (path.length === 1 && path[0] === 'items'),
 * };
 * ```
 */
export interface JsonFilePartsOptions {
  /** The largest file read, in bytes (checked before reading, and while reading). */
  maxBytes: number;
  /**
   * Whether the object or array at `path` is opened (its members read one by one) rather than read
   * as one part. Only asked for objects and arrays.
   */
  open: (path: JsonPath) => boolean;
  /**
   * Limits of each part (default core's `JSON_LIMITS`): its length in characters, its number of
   * values, and the nesting of the document (counted from the top, opened containers included).
   * The number of values of the whole document is not counted here: check the value
   * (`checkJsonValue` of core) with the limit the caller chooses.
   */
  limits?: Partial<JsonLimits>;
  /** Told the bytes read so far and the file's size, after each read from disk. */
  onProgress?: (bytesRead: number, bytes: number) => void;
  /** Bytes read from disk at a time (default 4 MiB; tests use a few). */
  chunkBytes?: number;
  /**
   * Arrays whose elements are handed over as they are read instead of kept (see {@link JsonHand}):
   * a national delivery's signals and cases, never all held at once.
   */
  hand?: JsonHand;
  /**
   * Told each member of an opened object once it is read (`path` the object's, an array handed
   * over being empty by then): e.g. a delivery's header, known before its first levering ends.
   */
  onMember?: (path: JsonPath, key: string, value: unknown) => void;
}

/**
 * What {@link readJsonFileInParts} hands over instead of keeping: the elements of the arrays `at`
 * says (asked for each array that `open` opens), each to `element` as soon as it is read, in order,
 * with its index; `end` when such an array closes, with its length. In the value read, a handed
 * array is empty. A problem in the text still stops the reading with its path, line and column;
 * elements before it may have been handed by then (those read before the run of elements it is in).
 *
 * @example
 * ```ts
 * import type { JsonHand } from '@signaalreis/adapters/files';
 * let count = 0;
 * const hand: JsonHand = {
 *   at: (path) => path.length === 1 && path[0] === 'items',
 *   element: () => void count++, // one item at a time, then let go
 * };
 * ```
 */
export interface JsonHand {
  at: (path: JsonPath) => boolean;
  element: (path: JsonPath, index: number, value: unknown) => void;
  end?: (path: JsonPath, length: number) => void;
}

/** Bytes of consecutive elements read as one text (project default: a few thousand signals). */
const RUN_BYTES = 1 << 20;
const [QUOTE, BACKSLASH, COMMA, COLON] = [0x22, 0x5c, 0x2c, 0x3a];
const [OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY] = [0x7b, 0x7d, 0x5b, 0x5d];
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDelimiter = (c: number) => c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || isSpace(c);

/** Walks the opened containers; cuts out and reads every other value. */
class PartsReader {
  /** The byte the reader is at. */
  pos = 0;
  private readonly limits: JsonLimits;
  constructor(
    private readonly w: Window,
    private readonly options: JsonFilePartsOptions,
  ) {
    this.limits = { ...JSON_LIMITS, ...options.limits };
  }

  /** The byte at `pos` (refilled as needed), or -1 at the end of the file. */
  private peek(path: (string | number)[]): number {
    const w = this.w;
    if (this.pos - w.base >= w.filled && !w.more(this.pos, () => path)) return -1;
    return w.buf[this.pos - w.base] as number;
  }

  private skipSpace(path: (string | number)[]): number {
    for (;;) {
      const c = this.peek(path);
      if (!isSpace(c)) return c;
      this.pos++;
    }
  }

  private syntax(expected: string, c: number, path: (string | number)[]): Stop {
    const found =
      c < 0
        ? JSON_MESSAGES.end
        : c < 0x80
          ? JSON.stringify(String.fromCharCode(c))
          : 'a character outside ASCII';
    return new Stop('json_syntax', this.pos, path, JSON_MESSAGES.syntax(expected, found));
  }

  /** The document: one value, then nothing but white space. */
  document(): unknown {
    const w = this.w;
    if (w.more(0, () => []) && w.buf[0] === 0xef && w.buf[1] === 0xbb && w.buf[2] === 0xbf) this.pos = 3;
    const value = this.value([], 1);
    const c = this.skipSpace([]);
    if (c >= 0) throw this.syntax(JSON_MESSAGES.end, c, []);
    return value;
  }

  private value(path: (string | number)[], depth: number): unknown {
    const c = this.skipSpace(path);
    if ((c === OPEN_OBJECT || c === OPEN_ARRAY) && this.options.open(path)) {
      if (depth > this.limits.maxDepth)
        throw new Stop('json_too_deep', this.pos, path, JSON_MESSAGES.tooDeep(this.limits.maxDepth));
      this.pos++;
      return c === OPEN_OBJECT ? this.object(path, depth) : this.array(path, depth);
    }
    if (c < 0 || c === COLON || isDelimiter(c)) throw this.syntax('a value', c, path);
    return this.part(path, depth);
  }

  private object(path: (string | number)[], depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const keys = new Set<string>();
    let c = this.skipSpace(path);
    if (c === CLOSE_OBJECT) {
      this.pos++;
      return out;
    }
    for (;;) {
      if (c !== QUOTE) throw this.syntax('a key in double quotes', c, path);
      const at = this.pos;
      const key = this.part(path, depth) as string;
      if (key === '__proto__') throw new Stop('forbidden_key', at, [...path, key], JSON_MESSAGES.proto);
      if (keys.has(key))
        throw new Stop('json_duplicate_key', at, [...path, key], JSON_MESSAGES.duplicate(excerpt(key)));
      keys.add(key);
      if (this.skipSpace(path) !== COLON) throw this.syntax('":"', this.peek(path), [...path, key]);
      this.pos++;
      out[key] = this.value([...path, key], depth + 1);
      this.options.onMember?.(path, key, out[key]);
      c = this.skipSpace(path);
      this.pos++;
      if (c === CLOSE_OBJECT) return out;
      if (c !== COMMA) {
        this.pos--;
        throw this.syntax('"," or "}"', c, [...path, key]);
      }
      c = this.skipSpace(path);
    }
  }

  private array(path: (string | number)[], depth: number): unknown[] {
    const out: unknown[] = [];
    const hand = this.options.hand?.at(path) ? this.options.hand : undefined;
    let n = 0; // the elements read (kept in `out`, or handed over)
    const take = (v: unknown) => {
      if (hand) hand.element(path, n, v);
      else out.push(v);
      n++;
    };
    let c = this.skipSpace(path);
    if (c === CLOSE_ARRAY) {
      this.pos++;
      hand?.end?.(path, 0);
      return out;
    }
    for (;;) {
      const at = [...path, n];
      if ((c === OPEN_OBJECT || c === OPEN_ARRAY) && this.options.open(at)) take(this.value(at, depth + 1));
      else if (c < 0 || c === COLON || isDelimiter(c)) throw this.syntax('a value', c, at);
      else for (const v of this.run(path, depth, n)) take(v);
      c = this.skipSpace(path);
      this.pos++;
      if (c === CLOSE_ARRAY) {
        hand?.end?.(path, n);
        return out;
      }
      if (c !== COMMA) {
        this.pos--;
        throw this.syntax('"," or "]"', c, [...path, n - 1]);
      }
      c = this.skipSpace(path);
    }
  }

  /** One value at `pos` (an object's key or member), cut out whole and read by parseJsonText. */
  private part(path: (string | number)[], depth: number): unknown {
    const start = this.pos;
    this.cut(path, undefined);
    return this.read(start, path, depth, undefined, false)[0];
  }

  /**
   * Elements of the array at `path` from `pos` on, returned: as many as fit in
   * {@link RUN_BYTES} (one at least), up to the array's end or an element that is opened, cut out
   * as one text and read by one parseJsonText — a national delivery has ~500,000 of them.
   * `first`: the index of the run's first element.
   */
  private run(path: (string | number)[], depth: number, first: number): unknown[] {
    const start = this.pos;
    const count = this.cut(path, first);
    return this.read(start, path, depth + 1, first, count > 1);
  }

  /**
   * Moves `pos` past one value (`first` undefined) or past the elements of a run (`first`: the
   * index of the run's first element), following strings and brackets; the number of values.
   */
  private cut(path: (string | number)[], first: number | undefined): number {
    const w = this.w;
    const start = this.pos;
    const single = first === undefined;
    let i = start - w.base;
    let nesting = 0;
    let inString = false;
    let escaped = false;
    let count = 1;
    let comma = -1; // the byte where the last element ended, while the next is looked at
    for (;;) {
      if (i >= w.filled) {
        this.pos = w.base + i;
        // moves the window: `i` follows `pos`
        const more = w.more(start, () => (single ? path : [...path, (first ?? 0) + count - 1]));
        i = this.pos - w.base;
        if (!more) break; // the end of the file: parseJsonText says what is missing
      }
      const c = w.buf[i] as number;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          inString = false;
          if (single && nesting === 0) {
            i++;
            break;
          }
        }
      } else if (nesting > 0) {
        if (c === QUOTE) inString = true;
        else if (c === OPEN_OBJECT || c === OPEN_ARRAY) nesting++;
        else if ((c === CLOSE_OBJECT || c === CLOSE_ARRAY) && --nesting === 0 && single) {
          i++;
          break;
        }
      } else if (comma >= 0 && !isSpace(c)) {
        // the first byte of the next element: one that is opened ends the run before its comma
        if ((c === OPEN_OBJECT || c === OPEN_ARRAY) && this.options.open([...path, (first ?? 0) + count]))
          break;
        comma = -1;
        count++;
        continue;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) break;
      else if (c === COMMA) {
        if (single || (w.base + i - start >= RUN_BYTES && comma < 0)) break;
        comma = w.base + i;
      } else if (single && isSpace(c)) break;
      else if (c === QUOTE) inString = true;
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) nesting++;
      i++;
    }
    // the run ends before the comma of an opened element (or of the end of the file)
    this.pos = comma >= 0 ? comma : w.base + i;
    return count;
  }

  /**
   * The values of the bytes from `start` to `pos`, at nesting `level`: one value (at `path`), or
   * the elements of a run from index `first` of the array at `path` (read as one array, `many`,
   * when there are several); a problem becomes a {@link Stop} at its byte and path.
   */
  private read(
    start: number,
    path: (string | number)[],
    level: number,
    first: number | undefined,
    many: boolean,
  ): unknown[] {
    const w = this.w;
    const bytes = w.buf.subarray(start - w.base, this.pos - w.base);
    const ascii = isAscii(bytes); // nearly always: read as Latin-1, the quickest copy
    if (!ascii && !isUtf8(bytes)) {
      const lenient = bytes.toString('utf8');
      const bad = Buffer.byteLength(lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))));
      // in a run: the array's path (the line and column say which element)
      throw new Stop(
        'not_utf8',
        start + bad,
        many || first === undefined ? path : [...path, first],
        JSON_FILE_MESSAGES.notUtf8(),
      );
    }
    const body = bytes.toString(ascii ? 'latin1' : 'utf8');
    // a value at `level` may nest maxDepth - level + 1 levels; a run's brackets add one
    const maxDepth = this.limits.maxDepth - level + (many ? 2 : 1);
    const read = parseJsonText(many ? `[${body}]` : body, { ...this.limits, maxDepth });
    if (read.ok) return many ? (read.value as unknown[]) : [read.value];
    let [problem] = read.issues as [JsonTextIssue];
    // a problem at the run's closing bracket is one at the end of what was cut: say so without it
    if (many && problem.offset > body.length) {
      const unclosed = parseJsonText(`[${body}`, { ...this.limits, maxDepth });
      if (!unclosed.ok) [problem] = unclosed.issues as [JsonTextIssue];
    }
    const [head, ...rest] = problem.path;
    const where =
      first === undefined
        ? [...path, ...problem.path]
        : many && typeof head === 'number'
          ? [...path, first + head, ...rest]
          : [...path, first, ...problem.path];
    const offset = Math.max(0, problem.offset - (many ? 1 : 0));
    throw new Stop(problem.code, start + Buffer.byteLength(body.slice(0, offset)), where, problem.message);
  }
}

/**
 * Reads a JSON file that may be larger than one string can be, in parts (see
 * {@link JsonFilePartsOptions}): the value is the one `readJsonFile` would give for a smaller file,
 * and every part is read by core's `parseJsonText` with all its checks. A missing file, a
 * directory, a file above `maxBytes` are refused before reading; a problem in the text (syntax, a
 * key twice, `__proto__`, a number out of range, bytes that are not UTF-8, a part above the length
 * limit, nesting) stops the reading with its JSON path, line and column (a `JsonTextIssue`).
 * Only the bytes of one part at a time are held (a 4 MiB window, larger for a larger part).
 *
 * @example
 * ```ts
 * import { readJsonFileInParts } from '@signaalreis/adapters/files';
 * // a DDAS delivery: each signal and each case read as one part
 * const r = readJsonFileInParts('delivery-2026-q3.json', {
 *   maxBytes: 2 ** 31,
 *   open: (p) => p.length < 3 || (p.length === 3 && (p[2] === 'vroegsignalen' || p[2] === 'vroegsignaalzaken')),
 * });
 * if (!r.ok) r.issues[0]; // e.g. { code: 'json_duplicate_key', path: ['leveringen', 0, 'vroegsignalen', 7, 'ID'], line: 4012, column: 11, … }
 * ```
 */
export function readJsonFileInParts(path: string, options: JsonFilePartsOptions): Result<unknown> {
  const opened = checkedFile(path, options.maxBytes, (p) => openSync(p, 'r'));
  if (!opened.ok) return opened;
  const fd = opened.value;
  const refuse = (code: string, message: Bilingual): Result<unknown> => ({
    ok: false,
    issues: [issue(code, [], message)],
  });
  try {
    const size = fstatSync(fd).size;
    const maxPart = options.limits?.maxLength ?? JSON_LIMITS.maxLength;
    const window = new Window(fd, size, options.chunkBytes ?? CHUNK, maxPart, options.onProgress);
    const reader = new PartsReader(window, options);
    try {
      const value = reader.document();
      if (window.base + window.filled > options.maxBytes)
        return refuse(
          'file_too_large',
          JSON_FILE_MESSAGES.tooLarge(window.base + window.filled, options.maxBytes),
        );
      return { ok: true, value };
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      const at: JsonTextIssue = {
        code: error.code,
        path: error.path,
        message: error.message,
        ...positionOfByte(fd, error.byte),
      };
      return { ok: false, issues: [at] };
    }
  } finally {
    closeSync(fd);
  }
}
