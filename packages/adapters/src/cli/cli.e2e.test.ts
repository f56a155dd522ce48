import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './cli-test-kit';

const CLI = join(REPO_ROOT, 'packages/adapters/dist/cli.js');
const built = existsSync(CLI);
/** The environment with only LANG deciding the language. */
const locale = (lang: string) => ({ ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: lang });

describe('the built command line (node packages/adapters/dist/cli.js)', () => {
  it.skipIf(!built)(
    `${built ? 'runs' : 'SKIPPED: packages/adapters/dist/cli.js is not built (run pnpm build); would run'} validate on the example month`,
    () => {
      const run = (...args: string[]) =>
        spawnSync(process.execPath, [CLI, ...args], {
          cwd: REPO_ROOT,
          encoding: 'utf8',
          timeout: 60_000,
          env: locale('nl_NL.UTF-8'),
        });
      const ok = run(
        'validate',
        'examples/data/signals-2026-10.csv',
        '--format',
        'json',
        '--today',
        '2026-11-02',
      );
      expect(ok.status).toBe(0);
      const report = JSON.parse(ok.stdout);
      expect(report.rows).toBe(report.accepted + report.rejected.length);
      const missing = run('validate', 'examples/data/no-such-file.csv');
      expect(missing.status).toBe(2);
      expect(missing.stderr).toBe('signaalreis: bestand niet gevonden: examples/data/no-such-file.csv\n');
      // the locale picks the language of the real process: LANG=en_GB… is English
      const english = spawnSync(process.execPath, [CLI, 'validate', 'examples/data/no-such-file.csv'], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: locale('en_GB.UTF-8'),
      });
      expect(english.stderr).toBe('signaalreis: file not found: examples/data/no-such-file.csv\n');
      expect(run('validate', 'examples/data/signals-2026-10.csv', '--strict').status).toBe(1);
    },
  );
});
