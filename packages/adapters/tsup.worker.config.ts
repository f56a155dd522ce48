import { defineConfig, type Options } from 'tsup';

// The worker thread of `run`'s history pool (issue 14) as one self-contained file,
// dist/cli/history-worker.js, built after the library (package.json "build": `tsup` first, whose
// `clean` empties dist/). Why not an entry of tsup.config.ts: there it would import the whole of
// @signaalreis/core, rules-presets and zod as ~150 modules (~280 ms per thread before it reads a
// line, while the month is read beside it on the same cores); bundled, only what reading a history
// file reaches is kept, as one module (~110 ms). docs/performance.md, "Sixth round". exceljs stays
// an import: it is loaded only for an .xlsx history file (src/xlsx/workbook.ts imports it when
// needed). The packages bundled are CommonJS in part (cli-progress, yauzl …), whose require of
// Node built-ins gets a real `require` from the banner.

/**
 * What the built-apart bundles of this package share (these workers, and the command line:
 * tsup.cli.config.ts): ESM for Node 20, no declarations, built after the library without emptying
 * dist/, and a real `require` for what a bundled CommonJS package requires of Node.
 */
export const BUNDLED_FOR_NODE = {
  format: ['esm'],
  dts: false,
  clean: false,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  shims: true,
  banner: {
    js: "import { createRequire as __signaalreisRequire } from 'node:module'; const require = __signaalreisRequire(import.meta.url);",
  },
} satisfies Options;

export default defineConfig({
  entry: {
    'cli/history-worker': 'src/cli/history-worker.ts',
    // the thread that writes a large month's worklists (cli/worklist-thread.ts)
    'cli/worklist-worker': 'src/cli/worklist-worker.ts',
    // the thread that keys the history signal files' lines (cli/history-keys-thread.ts)
    'cli/history-keys-worker': 'src/cli/history-keys-worker.ts',
    // the thread that composes a large month's e-mails and part of its cards (letters/threads.ts)
    'cli/letters-worker': 'src/letters/worker.ts',
  },
  ...BUNDLED_FOR_NODE,
  // tinypool stays an import too: the letters' thread moves its result with Tinypool.move, which
  // marks it with a symbol of tinypool's own module — a bundled copy's mark the pool does not see
  noExternal: [/^(?!(?:exceljs|tinypool)$)/],
  splitting: false,
});
