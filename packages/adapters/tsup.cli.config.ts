import { defineConfig } from 'tsup';
import { BUNDLED_FOR_NODE } from './tsup.worker.config';

// The `signaalreis` command line (src/cli.ts → dist/cli.js, the package's `bin`) and the worker
// thread of `signaalreis batch`'s pool (src/cli/batch-worker.ts → dist/cli/batch-worker.js), built
// after the library (package.json "build") as their own bundle: @signaalreis/core, rules-presets,
// zod, commander, ajv and the other small libraries bundled in and tree-shaken, the code the two
// share in chunks of dist/command/. Why not entries of tsup.config.ts (as before): there a start
// resolved, read and compiled ~330 module files (zod alone 99, ajv 90) before the first command
// ran — ~0.3 s of every command, ~0.15 s more than this bundle (docs/performance.md, "Twenty-seventh
// round"). What a command loads only when it needs it stays a dynamic import, so a chunk of its own
// (the service, the store, letters, spreadsheets …), and the libraries that are large or find their
// own files stay imports from node_modules (`LOADED_APART`). The rest as the worker threads' bundles
// (`BUNDLED_FOR_NODE`).

/**
 * Packages that stay imports: large and loaded only by the commands that need them (PGlite, pg and
 * kysely for the case store, exceljs, vega, the PDF libraries, handlebars, nodemailer, jose,
 * playwright-core), or finding files beside their own modules (PGlite's WebAssembly, tinypool's
 * worker, the fonts). `cli/cli-bundle.test.ts` holds the built files to this list.
 */
export const LOADED_APART = [
  '@electric-sql/pglite',
  '@pdf-lib/fontkit',
  'dejavu-fonts-ttf',
  'exceljs',
  'handlebars',
  'jose',
  'kysely',
  'kysely-pglite-dialect',
  'nodemailer',
  'pdf-lib',
  'pg',
  'playwright-core',
  'tinypool',
  'vega',
  'vega-lite',
] as const;

const apart = new RegExp(`^(?!(${LOADED_APART.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})(/|$))`);

export default defineConfig({
  entry: { cli: 'src/cli.ts', 'cli/batch-worker': 'src/cli/batch-worker.ts' },
  ...BUNDLED_FOR_NODE,
  noExternal: [apart],
  external: [...LOADED_APART],
  splitting: true,
  esbuildOptions(options) {
    options.chunkNames = 'command/[name]-[hash]';
  },
});
