// A file known again by its stat: the signature changes with any write, copy or replacement, and a
// file that changed shortly before it was read is not to be known again (issue 14, the year).
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedBytes, type OnReadStat, unchanged } from '../output/manifest';
import { fileSignature, SETTLED_MS, settled, signatureNow } from './file-signature';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'signaalreis-signature-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Longer than a tick of any file system clock in use (the kernel's coarse clock: 1–10 ms). */
const tick = () => new Promise((done) => setTimeout(done, 50));

describe('signatureNow', () => {
  it('changes when the file is written again with the same size, or replaced by a copy of itself', async () => {
    const path = join(dir, 'a.json');
    writeFileSync(path, 'abc');
    const first = signatureNow(path);
    expect(first).toMatch(/^\d+:\d+:3:\d+:\d+$/);
    expect(signatureNow(path)).toBe(first);
    await tick();
    writeFileSync(path, 'abd');
    const second = signatureNow(path);
    expect(second).not.toBe(first);
    await tick();
    cpSync(path, join(dir, 'a.copy'));
    renameSync(join(dir, 'a.copy'), path);
    expect(signatureNow(path)).not.toBe(second);
  });

  it('is undefined for a link, a folder or a file that is not there', () => {
    writeFileSync(join(dir, 'target.json'), '{}');
    symlinkSync(join(dir, 'target.json'), join(dir, 'link.json'));
    expect(signatureNow(join(dir, 'link.json'))).toBeUndefined();
    expect(signatureNow(dir)).toBeUndefined();
    expect(signatureNow(join(dir, 'nope.json'))).toBeUndefined();
    expect(signatureNow('\u0000')).toBeUndefined();
  });
});

describe('settled', () => {
  it(`is false for a file written just now, true ${SETTLED_MS} ms and more later; 0 asks for no settling`, () => {
    const path = join(dir, 'b.json');
    writeFileSync(path, 'x');
    const stat = statSync(path, { bigint: true });
    const now = Date.now();
    expect(settled(stat, now)).toBe(false);
    expect(settled(stat, now + SETTLED_MS - 50)).toBe(false);
    expect(settled(stat, now + SETTLED_MS + 50)).toBe(true);
    expect(settled(stat, now, 0)).toBe(true);
  });
});

describe('the stat a manifest check is told', () => {
  it('is the stat of the file read (its signature is the one it has now)', () => {
    const name = 'c.json';
    const bytes = Buffer.from('{"a": 1}\n');
    writeFileSync(join(dir, name), bytes);
    const entry = { name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    const told: Parameters<OnReadStat>[0][] = [];
    expect(unchanged(dir, entry, (s) => told.push(s))).toBe(true);
    expect(listedBytes(dir, entry, (s) => told.push(s))?.equals(bytes)).toBe(true);
    expect(told.map((s) => s && fileSignature(s))).toEqual([
      signatureNow(join(dir, name)),
      signatureNow(join(dir, name)),
    ]);
    // a file that is not the one listed: not told (nothing read is used)
    expect(listedBytes(dir, { ...entry, sha256: '0'.repeat(64) }, (s) => told.push(s))).toBeUndefined();
    expect(told).toHaveLength(2);
  });
});
