// `signaalreis criteria` on a large ledger, in bounded memory: the built command line under a heap
// of 96 MB decides a ledger of 40,180 rows — which the command that held the whole ledger, every
// decision and the output text could not (it needed ~7 KB a row: a million rows stopped at Node's
// heap limit with "Invalid string length"; docs/criteria.md, "Large ledgers").
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repeatedLedger } from '../ledger/ledger.test-support';
import { fixtureDir, REPO_ROOT } from './cli-test-kit';

const CLI = join(REPO_ROOT, 'packages/adapters/dist/cli.js');
const built = existsSync(CLI);

describe('signaalreis criteria on a large ledger', () => {
  it.skipIf(!built)(
    `${built ? 'decides' : 'SKIPPED: packages/adapters/dist/cli.js is not built (run pnpm build); would decide'} 40,180 rows with a heap of 96 MB`,
    () => {
      const ledger = repeatedLedger(490);
      const dir = fixtureDir({ 'ledger.csv': ledger.text });
      const args = ['criteria', 'ledger.csv', '--preset', 'criteria-energy-a', '--date', '2026-10-20'];
      const run = spawnSync(
        process.execPath,
        ['--max-old-space-size=96', CLI, ...args, '--out', 'decisions.csv', '--format', 'json'],
        { cwd: dir, encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).rows).toBe(ledger.rows);
      const written = readFileSync(join(dir, 'decisions.csv'), 'utf8');
      expect(written.split('\n').filter((l) => /^[A-Z]{2}-\d{4}-\d+,(yes|no|invalid),/.test(l))).toHaveLength(
        ledger.rows,
      );
    },
  );
});
