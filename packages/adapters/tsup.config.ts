import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per concept folder of src/ with an index.ts (cases, csv, files, ledger, lookups, output),
// beside the root entry (src/cli/ has no index.ts: the command line's internals are not part of the
// library; the `signaalreis` command line, the package's `bin`, is built apart as its own bundle —
// tsup.cli.config.ts). Each
// concept becomes a subpath export `@signaalreis/adapters/<concept>` (package.json "exports"; the
// test scripts/package-exports.test.ts keeps both lists equal). Code shared between entries goes
// into chunks, in ESM and CJS alike (`splitting`), so a subpath carries only what it needs and the
// root and a subpath share one copy of every module (one class identity). csv-parse and
// csv-stringify stay imports, so that a browser bundler can swap in their browser builds
// (package.json "browser"). The worker threads of `run` are built apart, each one self-contained
// file (tsup.worker.config.ts).
const concepts = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter(
    (d) => d.isDirectory() && readdirSync(new URL(`./src/${d.name}`, import.meta.url)).includes('index.ts'),
  )
  .map((d) => d.name);

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    // the worker thread of a simulation's pool: worker threads load built JavaScript (issue 16)
    'simulation/worker': 'src/simulation/worker.ts',
    ...Object.fromEntries(concepts.map((c) => [`${c}/index`, `src/${c}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // letters/fonts.ts finds its font files with createRequire(import.meta.url): in the CJS build
  // tsup gives import.meta.url a value from __filename (shims); nothing else uses either
  shims: true,
});
