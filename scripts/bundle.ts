// Bundles a small entry the way a browser app would (esbuild, ESM, platform browser) and reports
// its size, raw, minified and gzipped, with the biggest inputs and every Node built-in it imports.
// Used by scripts/bench-bundle.ts (`pnpm bench:bundle`, on the built dist) and
// scripts/bundle-size.test.ts and scripts/bundle-adapters.test.ts (on the sources).
import { builtinModules } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Name of the entry with the file-free parts of adapters: the CSV reader and the case-file codec. */
export const ADAPTERS_BROWSER = 'adapters: CSV reader + case-file codec';

/**
 * Entries a vendor would write, by name. `month` is what a browser app needs to run a month with
 * the type-medium preset: load the preset, call its month run.
 */
export const ENTRIES = {
  'core (everything)': "export * from '@signaalreis/core';",
  'rules-presets (everything)': "export * from '@signaalreis/rules-presets';",
  'month: core + rules-presets, type-medium': [
    "import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';",
    'export async function run(signals) {',
    "  const preset = municipalityPreset('type-medium');",
    "  return preset.ok ? runPresetMonth(preset.value, { month: '2026-10', signals }) : preset;",
    '}',
  ].join('\n'),
  'isIsoDate from /model': "export { isIsoDate } from '@signaalreis/core/model';",
  'addWorkingDays from /calendar': "export { addWorkingDays } from '@signaalreis/core/calendar';",
  'compileTable from /rules': "export { compileTable } from '@signaalreis/core/rules';",
  'runMonth from /month': "export { runMonth } from '@signaalreis/core/month';",
  'journeyExplanation from /journey': "export { journeyExplanation } from '@signaalreis/core/journey';",
  // A browser page that reads a signal CSV the user picked and reads and writes case files.
  [ADAPTERS_BROWSER]: [
    "export { importSignalsCsv, streamSignalsCsv } from '@signaalreis/adapters/csv';",
    "export { historyFromCaseFile, readCaseFile, toCaseFile } from '@signaalreis/adapters/cases';",
  ].join('\n'),
} as const;

/** Sizes in bytes, and the inputs that take most of the minified output. */
export interface BundleSize {
  raw: number;
  minified: number;
  gzip: number;
  /** Bytes of minified output per input package (node_modules package or signaalreis package). */
  byPackage: [string, number][];
  /** Every input file of the minified bundle, relative to the repository root. */
  inputs: string[];
  /**
   * Every import of a Node built-in (`node:fs`, `fs`, `buffer` …) met while bundling, as
   * `<module> (from <importer>)`: a browser has none of them. They are left out of the bundle
   * (external) so that the size is still measured.
   */
  nodeBuiltins: string[];
}

// Resolves `@signaalreis/<pkg>[/<concept>]` to src/[<concept>/]index.ts, as vitest.config.ts does.
const fromSource: Plugin = {
  name: 'signaalreis-source',
  setup(b) {
    b.onResolve({ filter: /^@signaalreis\/(core|rules-presets|adapters)(\/[a-z-]+)?$/ }, (args) => {
      const [, pkg, sub] = /^@signaalreis\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(args.path) ?? [];
      return { path: `${ROOT}packages/${pkg}/src/${sub ? `${sub}/` : ''}index.ts` };
    });
  },
};

const BUILTIN = new RegExp(
  `^(node:.*|(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?)$`,
);

// Records every import of a Node built-in and leaves it out (external).
const nodeBuiltins = (found: Set<string>): Plugin => ({
  name: 'node-builtins',
  setup(b) {
    b.onResolve({ filter: BUILTIN }, (args) => {
      found.add(`${args.path} (from ${relative(ROOT, args.importer)})`);
      return { path: args.path, external: true };
    });
  },
});

function packageOf(input: string): string {
  const modules = input.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = input.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? input);
  }
  const pkg = /packages\/([^/]+)\//.exec(input);
  return pkg ? `@signaalreis/${pkg[1]}` : input;
}

async function once(contents: string, minify: boolean, source: boolean, format: 'esm' | 'iife' = 'esm') {
  const builtins = new Set<string>();
  const result = await build({
    stdin: { contents, resolveDir: `${ROOT}examples`, sourcefile: 'entry.mjs', loader: 'js' },
    bundle: true,
    minify,
    format,
    ...(format === 'iife' ? { globalName: 'bundled' } : {}),
    platform: 'browser',
    target: 'es2022',
    write: false,
    absWorkingDir: ROOT,
    metafile: true,
    logLevel: 'silent',
    // Not the root tsconfig.json: its `paths` point the packages at their sources.
    tsconfigRaw: {},
    plugins: [nodeBuiltins(builtins), ...(source ? [fromSource] : [])],
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { bytes, metafile: result.metafile as Metafile, builtins: [...builtins].sort() };
}

/**
 * Bundles `contents` (an ESM entry resolved from examples/, where every package is a dependency)
 * against the built dist, or against the sources with `{ source: true }`.
 */
export async function bundleSize(contents: string, options: { source?: boolean } = {}): Promise<BundleSize> {
  const source = options.source ?? false;
  const [raw, min] = await Promise.all([once(contents, false, source), once(contents, true, source)]);
  const output = Object.values(min.metafile.outputs)[0];
  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const pkg = packageOf(input);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
  }
  return {
    raw: raw.bytes.length,
    minified: min.bytes.length,
    gzip: gzipSync(min.bytes).length,
    byPackage: [...byPackage].sort((a, b) => b[1] - a[1]),
    inputs: Object.keys(output?.inputs ?? {}),
    nodeBuiltins: min.builtins,
  };
}

/**
 * Bundles `contents` for the browser as a classic script (IIFE) that assigns the entry's exports to
 * a global `bundled`, to run in a context without Node's globals (see
 * scripts/bundle-adapters.test.ts); with the Node built-ins it imports.
 */
export async function browserScript(
  contents: string,
  options: { source?: boolean } = {},
): Promise<{ code: string; nodeBuiltins: string[] }> {
  const { bytes, builtins } = await once(contents, false, options.source ?? false, 'iife');
  return { code: new TextDecoder().decode(bytes), nodeBuiltins: builtins };
}
