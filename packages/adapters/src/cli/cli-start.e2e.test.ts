import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './cli-test-kit';

const CLI = join(REPO_ROOT, 'packages/adapters/dist/cli.js');
const HOOKS = pathToFileURL(join(import.meta.dirname, 'start-hooks.test-support.mjs')).href;
const built = existsSync(CLI);

/** The packages of the modules `signaalreis <args>` loads (through the ESM loader). */
function loadedPackages(...args: string[]): Set<string> {
  const run = spawnSync(process.execPath, ['--import', HOOKS, CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const packages = new Set<string>();
  for (const line of run.stderr.split('\n')) {
    const url = line.startsWith('LOADED ') ? line.slice(7) : '';
    const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*\/node_modules\/)/.exec(url)?.[1];
    if (pkg) packages.add(pkg);
  }
  return packages;
}

// What a start loads is paid by every command — a platform runs `signaalreis run` for each of its
// municipalities every month. The store's database layer (kysely, PGlite, pg), the workbook and PDF
// libraries and the service are loaded by the commands that use them, when they use them (issue 14:
// kysely cost ~0.35 s of CPU at every start). ajv is still loaded: `import ddas` validates
// synchronously, and the ddas module must stay free of Node built-ins (no createRequire).
const HEAVY = [
  'kysely',
  '@electric-sql/pglite',
  'pg',
  'exceljs',
  'pdfmake',
  'pdf-lib',
  'hono',
  'vega',
  'vega-lite',
];

describe('what the built command line loads when it starts', () => {
  it.skipIf(!built)(
    `${built ? 'loads' : 'SKIPPED: packages/adapters/dist/cli.js is not built (run pnpm build); would load'} none of the heavy libraries for --help and run's help`,
    () => {
      for (const args of [['--help'], ['run', '--help']]) {
        const packages = loadedPackages(...args);
        // the hook sees the modules it should (else the test could not fail)
        expect(packages.has('commander'), args.join(' ')).toBe(true);
        expect(packages.has('zod'), args.join(' ')).toBe(true);
        expect(
          HEAVY.filter((p) => packages.has(p)),
          args.join(' '),
        ).toEqual([]);
      }
    },
  );
});
