import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@signaalreis/core': src('core'),
      '@signaalreis/rules-presets': src('rules-presets'),
      '@signaalreis/adapters': src('adapters'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    // --expose-gc lets the 100 MB streaming test measure live heap, not uncollected garbage.
    execArgv: ['--expose-gc'],
    hookTimeout: 60_000,
  },
});
