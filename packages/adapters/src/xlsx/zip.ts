// Opening an .xlsx file as a zip archive, under limits (./limits.ts): what kind of file it is (zip,
// an old .xls or a password-protected workbook — both OLE compound files —, or something else), the
// parts it holds with their declared unpacked sizes, and each part as a stream that fails as soon as
// an XML text or tag is longer than allowed. yauzl reads the central directory (random access, so
// parts are read in the order the reader needs, with no temporary files) and refuses a part that
// unpacks to more bytes than it declared.
import { closeSync, openSync, readSync } from 'node:fs';
import { type Readable, Transform } from 'node:stream';
import type { Bilingual } from '@signaalreis/core';
import yauzl from 'yauzl';
import type { XlsxLimits } from './limits';
import { XLSX_MESSAGES as M } from './messages';

/** Why a file cannot be read as a workbook: an issue code and its message. */
export interface XlsxRefusal {
  code: 'not_xlsx' | 'encrypted_workbook' | 'xlsx_too_large';
  message: Bilingual;
}

/** Thrown inside the reader's streams to end reading with a refusal (caught by the reader). */
export class XlsxRefused extends Error {
  constructor(readonly refusal: XlsxRefusal) {
    super(refusal.message.en);
  }
}

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": a local file header or an empty archive
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // OLE compound file: .xls, encrypted .xlsx
// An encrypted Office file is a compound file with a stream named "EncryptedPackage" (MS-OFFCRYPTO §2.3.4.4).
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

const startsWith = (head: Buffer, magic: readonly number[]) => magic.every((b, i) => head[i] === b);

/** Whether the compound file at `path` holds an encrypted Office package (scanned in 1 MiB steps). */
function isEncryptedPackage(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1024 * 1024 + ENCRYPTED_PACKAGE.length);
    let position = 0;
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      if (chunk.subarray(0, read).includes(ENCRYPTED_PACKAGE)) return true;
      if (read < chunk.length) return false;
      position += read - ENCRYPTED_PACKAGE.length;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * What the first bytes of a file say it is: a zip archive (an .xlsx, or something else zipped), an
 * OLE compound file (an old .xls, or an .xlsx protected with a password), or neither — for choosing
 * between the Excel reader and the CSV reader (the command line does this before reading).
 *
 * @example
 * ```ts
 * import { sniffWorkbook } from '@signaalreis/adapters/xlsx';
 * sniffWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04])); // 'zip' — read with readSignalsXlsxFile
 * sniffWorkbook(new TextEncoder().encode('signal_id,')); // 'other' — read as CSV
 * ```
 */
export function sniffWorkbook(head: Uint8Array): 'zip' | 'compound' | 'other' {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (startsWith(b, ZIP_MAGIC)) return 'zip';
  if (startsWith(b, CFB_MAGIC)) return 'compound';
  return 'other';
}

/** An opened workbook archive: its parts and a way to read one. */
export interface XlsxArchive {
  /** Part name (`xl/workbook.xml`) → declared unpacked size. */
  parts: Map<string, number>;
  /**
   * A stream of one part's bytes, limited as `limit` says; fails with {@link XlsxRefused}. With
   * `endTag`, the part must end with that closing tag (a worksheet cut short is damaged, not short).
   */
  open(name: string, limit: number, endTag?: string): Promise<Readable>;
  close(): void;
}

const refuse = (code: XlsxRefusal['code'], message: Bilingual): XlsxRefusal => ({ code, message });

/** Reads the file's head and the archive's directory; a refusal when it is no readable workbook. */
export async function openArchive(path: string, limits: XlsxLimits): Promise<XlsxArchive | XlsxRefusal> {
  const head = Buffer.alloc(8);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  const kind = sniffWorkbook(head);
  if (kind === 'compound')
    return isEncryptedPackage(path)
      ? refuse('encrypted_workbook', M.encrypted())
      : refuse('not_xlsx', M.oldXls());
  if (kind === 'other') return refuse('not_xlsx', M.notXlsx());
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch {
    return refuse('not_xlsx', M.damaged('zip'));
  }
  const entries = new Map<string, yauzl.Entry>();
  if (zip.entryCount > limits.entries) {
    zip.close();
    return refuse('xlsx_too_large', M.tooManyEntries(zip.entryCount, limits.entries));
  }
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.once('end', resolve);
      zip.once('error', reject);
      zip.readEntry();
    });
  } catch {
    zip.close();
    return refuse('not_xlsx', M.damaged('zip'));
  }
  if (!entries.has('xl/workbook.xml')) {
    zip.close();
    return refuse('not_xlsx', M.noWorkbook());
  }
  return {
    parts: new Map([...entries].map(([name, e]) => [name, e.uncompressedSize])),
    async open(name, limit, endTag) {
      const entry = entries.get(name);
      if (!entry || entry.isEncrypted()) throw new XlsxRefused(refuse('not_xlsx', M.damaged(name)));
      if (entry.uncompressedSize > limit)
        throw new XlsxRefused(refuse('xlsx_too_large', M.tooLarge(name, entry.uncompressedSize, limit)));
      let raw: Readable;
      try {
        raw = await zip.openReadStreamPromise(entry);
      } catch {
        throw new XlsxRefused(refuse('not_xlsx', M.damaged(name)));
      }
      const guard = tokenGuard(name, limits.xmlTokenBytes, endTag);
      raw.on('error', () => guard.destroy(new XlsxRefused(refuse('not_xlsx', M.damaged(name)))));
      return raw.pipe(guard);
    },
    close: () => zip.close(),
  };
}

/**
 * A pass-through that fails when more than `max` bytes follow each other without a `<` or `>`:
 * no XML text (a cell, a shared string) and no tag can be longer, so the XML parser never holds more.
 * With `endTag` (`worksheet>`), it also fails when the part does not end with that closing tag: the
 * XML parser of exceljs is never told that the input ended, so a part cut off after a complete row
 * would otherwise pass as a shorter sheet.
 */
function tokenGuard(part: string, max: number, endTag?: string): Transform {
  let run = 0;
  let tail = '';
  return new Transform({
    flush(callback) {
      if (endTag !== undefined && !tail.trimEnd().endsWith(endTag))
        callback(new XlsxRefused(refuse('not_xlsx', M.damaged(part))));
      else callback();
    },
    transform(chunk: Buffer, _encoding, callback) {
      let from = 0;
      while (from < chunk.length) {
        const lt = chunk.indexOf(0x3c, from);
        const gt = chunk.indexOf(0x3e, from);
        const next = lt === -1 ? gt : gt === -1 ? lt : Math.min(lt, gt);
        run += (next === -1 ? chunk.length : next) - from;
        if (run > max) {
          callback(new XlsxRefused(refuse('xlsx_too_large', M.tokenTooLong(part, max))));
          return;
        }
        if (next === -1) break;
        run = 0;
        from = next + 1;
      }
      if (endTag !== undefined)
        tail = (tail + chunk.subarray(Math.max(0, chunk.length - 64)).toString('latin1')).slice(-64);
      callback(null, chunk);
    },
  });
}
