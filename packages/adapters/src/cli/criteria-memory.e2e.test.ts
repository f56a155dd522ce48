// `signaalreis criteria` on a large ledger, in bounded memory: the built command line under a heap
// of 96 MB decides a ledger of 40,180 rows — which the command that held the whole ledger, every
// decision and the output text could not (it needed ~7 KB a row: a million rows stopped at Node's
// heap limit with "Invalid string length"; docs/criteria.md, "Large ledgers").
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, REPO_ROOT } from './cli-test-kit';

const CLI = join(REPO_ROOT, 'packages/adapters/dist/cli.js');
const built = existsSync(CLI);

describe('signaalreis criteria on a large ledger', () => {
  it.skipIf(!built)(
    `${built ? 'decides' : 'SKIPPED: packages/adapters/dist/cli.js is not built (run pnpm build); would decide'} 40,180 rows with a heap of 96 MB`,
    () => {
      const [header, ...rows] = readFileSync(
        join(REPO_ROOT, 'examples/data/ledger-energy-2026-10.csv'),
        'utf8',
      )
        .trimEnd()
        .split('\n');
      const lines = [header];
      for (let k = 0; k < 490; k++) for (const r of rows) lines.push(r.replace(/^([^,]*)/, `$1-${k}`));
      const dir = fixtureDir({});
      writeFileSync(join(dir, 'ledger.csv'), `${lines.join('\n')}\n`);
      const args = ['criteria', 'ledger.csv', '--preset', 'criteria-energy-a', '--date', '2026-10-20'];
      const run = spawnSync(
        process.execPath,
        ['--max-old-space-size=96', CLI, ...args, '--out', 'decisions.csv', '--format', 'json'],
        { cwd: dir, encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).rows).toBe(rows.length * 490);
      const written = readFileSync(join(dir, 'decisions.csv'), 'utf8');
      expect(written.split('\n').filter((l) => /^[A-Z]{2}-\d{4}-\d+,(yes|no|invalid),/.test(l))).toHaveLength(
        rows.length * 490,
      );
    },
  );
});
