// Minimal CSV writing (RFC 4180 quoting) and a Windows-1252 encoder for the Dutch Excel variant.
import { COLUMNS, type Row } from './rows';

/** Quotes a field when it holds the delimiter, a quote or a line break. */
export function quote(field: string, delimiter: string): string {
  return field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** CSV text: a header and one line per row. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  delimiter: ',' | ';',
  eol: '\n' | '\r\n',
): string {
  return [header, ...rows].map((r) => r.map((f) => quote(f, delimiter)).join(delimiter) + eol).join('');
}

/** The canonical file: UTF-8, `,`, LF, the canonical header. */
export function canonicalCsv(rows: readonly Row[]): string {
  return toCsv(
    COLUMNS,
    rows.map((r) => COLUMNS.map((c) => r[c])),
    ',',
    '\n',
  );
}

/** Windows-1252 bytes 0x80–0x9F that are not the Latin-1 control characters. */
const CP1252_EXTRA: Record<number, number> = {
  8364: 0x80,
  8218: 0x82,
  402: 0x83,
  8222: 0x84,
  8230: 0x85,
  8224: 0x86,
  8225: 0x87,
  710: 0x88,
  8240: 0x89,
  352: 0x8a,
  8249: 0x8b,
  338: 0x8c,
  381: 0x8e,
  8216: 0x91,
  8217: 0x92,
  8220: 0x93,
  8221: 0x94,
  8226: 0x95,
  8211: 0x96,
  8212: 0x97,
  732: 0x98,
  8482: 0x99,
  353: 0x9a,
  8250: 0x9b,
  339: 0x9c,
  382: 0x9e,
  376: 0x9f,
};

/** Encodes text as Windows-1252; throws on a character the code page does not have. */
export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let i = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const byte = cp < 0x80 || (cp >= 0xa0 && cp <= 0xff) ? cp : CP1252_EXTRA[cp];
    if (byte === undefined) throw new Error(`'${ch}' (U+${cp.toString(16)}) is not in Windows-1252`);
    out[i++] = byte;
  }
  return out.subarray(0, i);
}
