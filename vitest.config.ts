import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src`, import.meta.url));

// Each package and each subpath of core, rules-presets and adapters (`@signaalreis/core/calendar` …,
// see their package.json "exports") resolves to its source: `<pkg>` to src/index.ts,
// `<pkg>/<concept>` to src/<concept>/index.ts.
const root = (pkg: string) => ({
  find: new RegExp(`^@signaalreis/${pkg}$`),
  replacement: `${src(pkg)}/index.ts`,
});
const concepts = (pkg: string) => ({
  find: new RegExp(`^@signaalreis/${pkg}/([a-z-]+)$`),
  replacement: `${src(pkg)}/$1/index.ts`,
});
const alias = ['core', 'rules-presets', 'adapters'].flatMap((pkg) => [root(pkg), concepts(pkg)]);

const TESTS = [
  'packages/*/src/**/*.test.ts',
  'packages/*/bench/**/*.test.ts',
  'examples/**/*.test.ts',
  'scripts/**/*.test.ts',
  'playground/**/*.test.ts',
];
const NOT_TESTS = ['**/node_modules/**', '**/.git/**', 'playground/dist/**'];

/**
 * Test files that look at their whole process, run each in a process of its own: batch-heap's
 * expects the small heap of a fresh thread, holiday-table's replaces a module for the files after
 * it (`vi.doMock` after `vi.resetModules`).
 */
const OWN_PROCESS = [
  'packages/adapters/src/cli/batch-heap.test.ts',
  'packages/core/src/calendar/holiday-table.test.ts',
];

const project = (name: string, include: string[], exclude: string[], isolate: boolean) =>
  ({
    resolve: { alias },
    test: {
      name,
      include,
      exclude,
      isolate,
      testTimeout: 60_000,
      hookTimeout: 60_000,
      // --expose-gc lets the 100 MB streaming test measure live heap, not uncollected garbage.
      execArgv: ['--expose-gc'],
    },
  }) satisfies TestProjectInlineConfiguration;

export default defineConfig({
  test: {
    // a temporary folder per run, removed at its end (scripts/vitest-tmp.ts)
    globalSetup: ['scripts/vitest-tmp.ts'],
    // The other test files share their worker processes (`isolate: false`): each file imports the
    // packages' sources again in a fresh process otherwise — 1.3 s a file, three quarters of the
    // suite's time (README, "Development"). Two workers at least: vitest's
    // default on a 2-core machine is one (cores − 1), and most files wait on child processes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      project('shared', TESTS, [...NOT_TESTS, ...OWN_PROCESS], false),
      project('own-process', OWN_PROCESS, NOT_TESTS, true),
    ],
  },
});
