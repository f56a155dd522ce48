import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir } from '../cli/cli-test-kit';
import { SpillFiles } from './spill-files';

describe('SpillFiles', () => {
  it("gives back each group's text in the groups' order, characters cut by a read whole again", () => {
    const dir = fixtureDir({});
    const spill = new SpillFiles(join(dir, 'out'), ['a', 'b', 'c'] as const);
    // more than the megabyte read at a time, of characters of 1 to 4 bytes
    const line = 'x€≥😀\n'.repeat(50_000);
    spill.write('c', line);
    spill.write('a', 'first\n');
    spill.write('c', 'end\n');
    expect(existsSync(join(dir, 'out'))).toBe(true);
    const pieces = spill.pieces();
    const text = [...pieces()].join('');
    expect(text).toBe(`first\n${line}end\n`);
    expect([...pieces()].join('')).toBe(text); // callable again: the output may be read twice
    spill.remove();
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  it('makes nothing until text comes, and removes its files also before they were read', () => {
    const dir = fixtureDir({});
    const none = new SpillFiles(join(dir, 'never'), ['a'] as const);
    expect([...none.pieces()()]).toEqual([]);
    none.remove();
    expect(existsSync(join(dir, 'never'))).toBe(false);
    const open = new SpillFiles(dir, ['a'] as const);
    open.write('a', 'text');
    expect(readdirSync(dir)).toHaveLength(1);
    open.remove();
    expect(readdirSync(dir)).toEqual([]);
  });
});
