import { streamSignalsCsv } from '@signaalreis/adapters';
import { asIsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { csv, goodRow } from './fixtures.test-support';

// A ~100 MB signal file, generated as a stream of chunks (never a string in memory), read through
// the streaming reader: every row is counted and the heap stays far below the file size.
// SIGNAALREIS_SKIP_BIG=1 skips it; SIGNAALREIS_BIG_MB sets the size (default 100).
const MB = Number(process.env.SIGNAALREIS_BIG_MB ?? 100);

describe.skipIf(process.env.SIGNAALREIS_SKIP_BIG === '1')(`a ${MB} MB file`, () => {
  it('streams without loading the file whole', { timeout: 600_000 }, async () => {
    const sample = csv([goodRow(1)]).split('\n');
    const header = `${sample[0]}\n`;
    const rowBytes = Buffer.byteLength(`${sample[1]}\n`);
    const rowsWanted = Math.ceil((MB * 1024 * 1024) / rowBytes);
    let produced = 0;
    async function* file() {
      yield Buffer.from(header);
      const perChunk = 500;
      for (let start = 0; start < rowsWanted; start += perChunk) {
        const lines: string[] = [];
        for (let i = start; i < Math.min(rowsWanted, start + perChunk); i++) {
          // Every 1000th row is bad on purpose.
          const row = goodRow(i, { signal_id: `S${i}`, ...(i % 1000 === 999 ? { amount: '0' } : {}) });
          lines.push(csv([row]).split('\n')[1] ?? '');
        }
        const chunk = Buffer.from(`${lines.join('\n')}\n`);
        produced += chunk.length;
        yield chunk;
      }
    }
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let accepted = 0;
    let rejected = 0;
    for await (const e of streamSignalsCsv(file(), { today: asIsoDate('2026-11-22') })) {
      if (e.type === 'accepted') accepted++;
      else if (e.type === 'rejected') rejected++;
      if ((accepted + rejected) % 50000 === 0) {
        globalThis.gc?.();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    expect(produced).toBeGreaterThan(MB * 1024 * 1024 * 0.99);
    expect(accepted + rejected).toBe(rowsWanted);
    expect(rejected).toBe(Math.floor(rowsWanted / 1000));
    // The ids seen are kept for duplicate detection (~50 bytes each); the file itself is not.
    expect(peak - before).toBeLessThan(Math.max(80, MB * 0.6) * 1024 * 1024);
    console.log(
      `${MB} MB: ${accepted + rejected} rows, live heap growth ${((peak - before) / 1048576).toFixed(1)} MB`,
    );
  });
});
