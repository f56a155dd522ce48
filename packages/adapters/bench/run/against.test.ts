import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { firstInRound, otherBuild, pairedRatios, ratiosText } from './against';

describe('the alternated pairs of `pnpm bench:run --against`', () => {
  test.prop([fc.integer({ min: 1, max: 40 })])(
    'each build goes first in half the rounds (of an even number)',
    (n) => {
      const rounds = Array.from({ length: 2 * n }, (_, r) => firstInRound(r));
      expect(rounds.filter((w) => w === 'this')).toHaveLength(n);
      // and never twice in a row: a drift of the host's speed weighs on both alike
      expect(rounds.every((w, r) => r === 0 || w !== rounds[r - 1])).toBe(true);
    },
  );

  test.prop([
    fc.array(fc.tuple(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 })), {
      minLength: 1,
      maxLength: 9,
    }),
  ])("a pair is this build's time over the other's in the same round", (pairs) => {
    const mine = pairs.map(([a]) => ({ wallMs: a, cpuMs: 2 * a }));
    const other = pairs.map(([, b]) => ({ wallMs: b, cpuMs: 2 * b }));
    const { wallRatios, cpuRatios } = pairedRatios(mine, other);
    pairs.forEach(([a, b], i) => {
      expect(wallRatios[i]).toBeCloseTo(a / b, 12);
      expect(cpuRatios[i]).toBeCloseTo(a / b, 12);
    });
    // the median lies within the range it prints
    const [m, lo, hi] = (ratiosText(wallRatios).match(/[\d.]+/g) ?? []).map(Number);
    if (pairs.length > 1)
      expect((lo as number) <= (m as number) && (m as number) <= (hi as number)).toBe(true);
  });

  it('refuses runs that are not pairs, and an other checkout that is not built', () => {
    expect(() => pairedRatios([{ wallMs: 1, cpuMs: 1 }], [])).toThrow(/not pairs/);
    const dir = mkdtempSync(join(tmpdir(), 'signaalreis-against-'));
    try {
      expect(() => otherBuild(dir)).toThrow(/is missing .*pnpm build/);
      mkdirSync(join(dir, 'packages/adapters/dist'), { recursive: true });
      writeFileSync(join(dir, 'packages/adapters/dist/cli.js'), '');
      // no git here: named by its folder, unless a label is given
      expect(otherBuild(dir).label).toBe(dir);
      expect(otherBuild(dir, 'main of today').label).toBe('main of today');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a checkout by its short commit, with + when its files differ from it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signaalreis-against-git-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
        encoding: 'utf8',
      }).trim();
    try {
      git('init', '-q');
      writeFileSync(join(dir, '.gitignore'), 'packages/adapters/dist/\n');
      git('add', '.gitignore');
      git('commit', '-q', '-m', 'a checkout');
      mkdirSync(join(dir, 'packages/adapters/dist'), { recursive: true });
      writeFileSync(join(dir, 'packages/adapters/dist/cli.js'), ''); // built: ignored, as a build is
      const commit = git('rev-parse', '--short', 'HEAD');
      expect(otherBuild(dir).label).toBe(commit);
      writeFileSync(join(dir, 'changed.ts'), 'export {};\n');
      expect(otherBuild(dir).label).toBe(`${commit}+`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
