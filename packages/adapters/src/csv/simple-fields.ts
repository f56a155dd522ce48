// The fields of a line whose quotes are simple, read without csv-parse: each field either has no
// quote, or is quoted from its first character to its last with only doubled quotes inside (a
// partner's ledger quotes every amount: `"343,16"`). csv-parse reads such a line into the same
// fields (records.property.test.ts holds the two equal); any other line is csv-parse's.

/** Characters csv-parse's `trim` takes off before a field (a line holds no line break). */
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0c;
/**
 * Whether csv-parse's `trim` would change an unquoted field: blanks before it, or after it anything
 * JavaScript's `trimEnd` takes (csv-parse trims a field's end so: a no-break space, a byte-order mark …).
 */
const trimmed = (field: string) =>
  field !== '' && (isBlank(field.charCodeAt(0)) || field.trimEnd().length !== field.length);

/**
 * The fields of `line` (one physical line, without its break) split on `delimiter`, when every
 * field is plain or simply quoted — and, with `trim`, none has blanks to take off; otherwise
 * `undefined` (csv-parse reads it).
 */
export function simpleFields(line: string, delimiter: string, trim: boolean): string[] | undefined {
  const fields: string[] = [];
  const d = delimiter.charCodeAt(0);
  let at = 0;
  for (;;) {
    let field: string;
    let end: number;
    if (line.charCodeAt(at) === 0x22) {
      field = '';
      let from = at + 1;
      for (;;) {
        const quote = line.indexOf('"', from);
        if (quote < 0) return undefined; // left open
        if (line.charCodeAt(quote + 1) !== 0x22) {
          field += line.slice(from, quote);
          end = quote + 1;
          break;
        }
        field += line.slice(from, quote + 1); // a doubled quote is one
        from = quote + 2;
      }
      if (end < line.length && line.charCodeAt(end) !== d) return undefined;
    } else {
      const next = line.indexOf(delimiter, at);
      end = next < 0 ? line.length : next;
      field = line.slice(at, end);
      // (csv-parse reads a quote inside a plain field as a character: left to it all the same)
      if (field.includes('"')) return undefined;
      if (trim && trimmed(field)) return undefined;
    }
    fields.push(field);
    if (end >= line.length) return fields;
    at = end + 1;
  }
}
