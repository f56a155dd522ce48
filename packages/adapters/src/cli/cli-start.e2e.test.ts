import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './cli-test-kit';

const CLI = join(REPO_ROOT, 'packages/adapters/dist/cli.js');
const HOOKS = pathToFileURL(join(import.meta.dirname, 'start-hooks.test-support.mjs')).href;
const built = existsSync(CLI);

/** The file modules `signaalreis <args>` loads (through the ESM loader), as URLs. */
function loadedFiles(...args: string[]): string[] {
  const run = spawnSync(process.execPath, ['--import', HOOKS, CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return run.stderr
    .split('\n')
    .filter((line) => line.startsWith('LOADED '))
    .map((line) => line.slice(7));
}

/** The packages of `files` (one of node_modules, or a package of this repository by its folder). */
function packagesOf(files: readonly string[]): Set<string> {
  const packages = new Set<string>();
  for (const url of files) {
    const pkg =
      /\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*\/node_modules\/)/.exec(url)?.[1] ??
      /\/packages\/([^/]+)\/dist\//.exec(url)?.[1];
    if (pkg) packages.add(pkg);
  }
  return packages;
}

// What a start loads is paid by every command — a platform runs `signaalreis run` for each of its
// municipalities every month. The store's database layer (kysely, PGlite, pg), the workbook and PDF
// libraries and the service are loaded by the commands that use them, when they use them (issue 14:
// kysely cost ~0.35 s of CPU at every start). What every command needs — core, the presets, zod,
// commander, ajv … — is bundled with the command line (tsup.cli.config.ts): a start reads a handful
// of files, not ~330 (issue 14, "Twenty-seventh round").
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
const BUNDLED = [
  'core',
  'rules-presets',
  'zod',
  'commander',
  'ajv',
  'csv-parse',
  'csv-stringify',
  'cli-progress',
  'yauzl',
];

describe('what the built command line loads when it starts', () => {
  it.skipIf(!built)(
    `${built ? 'loads' : 'SKIPPED: packages/adapters/dist/cli.js is not built (run pnpm build); would load'} none of the heavy libraries for --help and run's help`,
    () => {
      for (const args of [['--help'], ['run', '--help']]) {
        const files = loadedFiles(...args);
        const packages = packagesOf(files);
        // the hook sees the modules it should (else the test could not fail): the command line's
        // own files, and tinypool (loaded at the start by run's history pool, not bundled)
        expect(
          files.some((f) => f.endsWith('/packages/adapters/dist/cli.js')),
          args.join(' '),
        ).toBe(true);
        expect(packages.has('tinypool'), args.join(' ')).toBe(true);
        expect(
          HEAVY.filter((p) => packages.has(p)),
          args.join(' '),
        ).toEqual([]);
        expect(
          BUNDLED.filter((p) => packages.has(p)),
          args.join(' '),
        ).toEqual([]);
        // the bundle's entry, its chunks and a few packages loaded apart (the build before: ~330)
        expect(files.length, args.join(' ')).toBeLessThan(40);
      }
    },
  );
});
