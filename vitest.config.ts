import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

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

export default defineConfig({
  resolve: {
    alias: [
      root('core'),
      concepts('core'),
      root('rules-presets'),
      concepts('rules-presets'),
      root('adapters'),
      concepts('adapters'),
    ],
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'examples/**/*.test.ts',
      'scripts/**/*.test.ts',
      'playground/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/.git/**', 'playground/dist/**'],
    // a temporary folder per run, removed at its end (scripts/vitest-tmp.ts)
    globalSetup: ['scripts/vitest-tmp.ts'],
    testTimeout: 60_000,
    // --expose-gc lets the 100 MB streaming test measure live heap, not uncollected garbage.
    execArgv: ['--expose-gc'],
    hookTimeout: 60_000,
  },
});
