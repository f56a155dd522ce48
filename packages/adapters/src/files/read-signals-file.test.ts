// readSignalsFile (Node only, issue 10: split from the file-free reader of ../csv) streams a file
// through streamSignalsCsv in 64 KiB chunks: the same events as the whole bytes at once, also when a
// character or a record is cut by a chunk boundary — for a file read at once (up to 4 MiB) and for
// a larger one read by a stream.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/cli-test-kit';
import { csv, goodRow, TODAY } from '../csv/fixtures.test-support';
import { type SignalImportEvent, streamSignalsCsv } from '../csv/read-signals';
import { readSignalsFile } from './index';

const collect = async (events: AsyncIterable<SignalImportEvent>) => {
  const out: SignalImportEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
};
const dir = mkdtempSync(join(tmpdir(), 'signaalreis-files-'));

describe('readSignalsFile', () => {
  it('reads the example month as streamSignalsCsv reads its bytes, bad rows included', async () => {
    const path = join(REPO_ROOT, 'examples/data/signals-2026-10.csv');
    const fromFile = await collect(readSignalsFile(path, { today: TODAY }));
    expect(fromFile.filter((e) => e.type === 'rejected')).toHaveLength(8);
    expect(fromFile).toEqual(await collect(streamSignalsCsv(readFileSync(path), { today: TODAY })));
  });

  it('gives the same events when 64 KiB chunks cut a two-byte character and a record', async () => {
    // 1,800 rows with "é" in every surname (several 64 KiB chunks); the first row's city is padded
    // until an "é" (bytes C3 A9) starts on the last byte of the first chunk
    const rows = (pad: number) =>
      Array.from({ length: 1800 }, (_, i) =>
        goodRow(i, { surname: `Hélène-${'é'.repeat(i % 7)}`, ...(i === 0 ? { city: 'x'.repeat(pad) } : {}) }),
      );
    let pad = 0;
    while (Buffer.from(csv(rows(pad)))[64 * 1024 - 1] !== 0xc3 && pad < 200) pad++;
    const text = csv(rows(pad));
    expect(Buffer.from(text)[64 * 1024 - 1]).toBe(0xc3);
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 * 64 * 1024);
    const path = join(dir, 'many.csv');
    writeFileSync(path, text);
    const fromFile = await collect(readSignalsFile(path, { today: TODAY }));
    expect(fromFile.filter((e) => e.type === 'accepted')).toHaveLength(1800);
    expect(fromFile).toEqual(await collect(streamSignalsCsv(text, { today: TODAY })));
  });

  it('a file over 4 MiB (streamed, not read at once) gives the same events as its bytes', async () => {
    const rows = Array.from({ length: 26_000 }, (_, i) =>
      goodRow(i, i % 997 === 0 ? { amount: 'veel' } : { surname: `Ørsted-${i}` }),
    );
    const text = csv(rows);
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * 1024 * 1024);
    const path = join(dir, 'large.csv');
    writeFileSync(path, text);
    const fromFile = await collect(readSignalsFile(path, { today: TODAY }));
    expect(fromFile.filter((e) => e.type === 'rejected').length).toBeGreaterThan(20);
    expect(fromFile).toEqual(await collect(streamSignalsCsv(text, { today: TODAY })));
  }, 60_000);

  it('rejects with the file system error when the file cannot be opened or read (a path problem, not data)', async () => {
    await expect(collect(readSignalsFile(join(dir, 'no-such-file.csv')))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    await expect(collect(readSignalsFile(dir))).rejects.toMatchObject({ code: 'EISDIR' });
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    expect(await collect(readSignalsFile(empty, { today: TODAY }))).toEqual(
      await collect(streamSignalsCsv('', { today: TODAY })),
    );
  });
});
