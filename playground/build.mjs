// Builds the preset playground into playground/dist: one static page (index.html, app.js, app.css)
// that runs entirely in the browser. esbuild bundles core and rules-presets from their sources
// (as scripts/bundle.ts does) with CodeMirror 6, and embeds the sample month: the synthetic
// examples/data/signals-2026-10.csv (history: 2026-08 and 2026-09) converted to core Signal JSON at
// build time with the adapters' CSV reader, in Node.
//
// A Node built-in (node:fs, buffer …) reached from the page's code fails the build with the
// importers named: core and rules-presets must stay browser-clean, so it is reported, not shimmed.
//
// `node playground/build.mjs` builds and prints the sizes (raw and gzip) of the page's files.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { argv } from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
/** Where `npm run playground` and the browser test find the page. */
export const DIST = join(HERE, 'dist');

/** The month of the sample run and its files (synthetic data of examples/, issue 13). */
const SAMPLE = {
  month: '2026-10',
  signals: 'examples/data/signals-2026-10.csv',
  history: ['examples/data/signals-2026-08.csv', 'examples/data/signals-2026-09.csv'],
  // Reading "today" fixed to the first day after the month, so that the build is reproducible.
  today: '2026-11-01',
};

// `@signaalreis/<pkg>[/<concept>]` → packages/<pkg>/src/[<concept>/]index.ts, as vitest.config.ts does.
const fromSource = {
  name: 'signaalreis-source',
  setup(b) {
    b.onResolve({ filter: /^@signaalreis\/(core|rules-presets|adapters)(\/[a-z-]+)?$/ }, (args) => {
      const [, pkg, sub] = /^@signaalreis\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(args.path) ?? [];
      return { path: join(ROOT, 'packages', pkg, 'src', sub ?? '', 'index.ts') };
    });
  },
};

const BUILTIN = new RegExp(
  `^(node:.*|(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?)$`,
);

/** Records every import of a Node built-in (as `<module> (from <importer>)`) and leaves it out. */
const nodeBuiltins = (found) => ({
  name: 'node-builtins',
  setup(b) {
    b.onResolve({ filter: BUILTIN }, (args) => {
      found.add(`${args.path} (from ${relative(ROOT, args.importer)})`);
      return { path: args.path, external: true };
    });
  },
});

/**
 * codemirror-json-schema renders schema descriptions as Markdown and highlights code blocks in them
 * with shiki (a TextMate engine with a JavaScript grammar and two themes, ~350 KB minified). The
 * preset schema's descriptions have no code blocks, so shiki is replaced by a highlighter that never
 * loads: markdown-it then renders code blocks plainly.
 */
const withoutShiki = {
  name: 'without-shiki',
  setup(b) {
    b.onResolve({ filter: /^(shiki|@shikijs\/markdown-it)(\/.*)?$/ }, (args) => ({
      path: args.path,
      namespace: 'no-shiki',
    }));
    b.onLoad({ filter: /.*/, namespace: 'no-shiki' }, () => ({
      contents: [
        'export const createHighlighterCore = () => new Promise(() => {});',
        'export const fromHighlighter = () => () => {};',
        'export default {};',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

/**
 * Reads the sample month's CSV files with the adapters' reader (bundled from source for Node, so
 * no build of the packages is needed) and returns what the page embeds.
 */
export async function sampleMonth() {
  const reader = await build({
    stdin: {
      contents: [
        "export { importSignalsCsv } from '@signaalreis/adapters/csv';",
        "export { asIsoDate, historyFromSignals } from '@signaalreis/core';",
      ].join('\n'),
      resolveDir: ROOT,
      sourcefile: 'sample-reader.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    tsconfigRaw: {},
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    plugins: [fromSource],
  });
  const tmp = join(tmpdir(), `signaalreis-sample-reader-${process.pid}-${Date.now()}.mjs`);
  await writeFile(tmp, reader.outputFiles[0].contents);
  try {
    const { importSignalsCsv, asIsoDate, historyFromSignals } = await import(pathToFileURL(tmp).href);
    const { readFile } = await import('node:fs/promises');
    const read = async (file) => {
      const r = await importSignalsCsv(await readFile(join(ROOT, file)), { today: asIsoDate(SAMPLE.today) });
      if (!r.ok) throw new Error(`${file}: ${r.issues.map((i) => i.message.en).join('; ')}`);
      return { file, rows: r.value.rows, rejected: r.value.rejected.length, signals: r.value.accepted };
    };
    const month = await read(SAMPLE.signals);
    const history = await Promise.all(SAMPLE.history.map(read));
    return {
      month: SAMPLE.month,
      files: [month, ...history].map(({ file, rows, rejected }) => ({ file, rows, rejected })),
      signals: month.signals,
      history: historyFromSignals(history.flatMap((h) => h.signals)),
    };
  } finally {
    await rm(tmp, { force: true });
  }
}

/** `import sample from 'virtual:sample-month'` in the page: the month read above, as JSON. */
const sampleModule = (sample) => ({
  name: 'sample-month',
  setup(b) {
    b.onResolve({ filter: /^virtual:sample-month$/ }, () => ({ path: 'sample-month', namespace: 'sample' }));
    b.onLoad({ filter: /.*/, namespace: 'sample' }, () => ({
      contents: JSON.stringify(sample),
      loader: 'json',
    }));
  },
});

/**
 * Builds the page into `outdir` (default playground/dist). Returns the size of each file (raw and
 * gzip at zlib's default level) and the Node built-ins the page's code imports (the build fails
 * when there are any, unless `allowNodeBuiltins`).
 */
export async function buildPlayground({ outdir = DIST, minify = true, allowNodeBuiltins = false } = {}) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const sample = await sampleMonth();
  const builtins = new Set();
  const result = await build({
    entryPoints: { app: join(HERE, 'src', 'main.ts') },
    outdir,
    bundle: true,
    minify,
    sourcemap: false,
    format: 'iife', // a classic script: the page also works opened as file://
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
    legalComments: 'linked',
    tsconfigRaw: {},
    plugins: [nodeBuiltins(builtins), fromSource, sampleModule(sample), withoutShiki],
  });
  const found = [...builtins].sort();
  if (found.length > 0 && !allowNodeBuiltins)
    throw new Error(
      `The page imports Node built-ins, which a browser does not have:\n  ${found.join('\n  ')}`,
    );
  await copyFile(join(HERE, 'index.html'), join(outdir, 'index.html'));
  const { readFile } = await import('node:fs/promises');
  const files = [];
  for (const name of ['index.html', 'app.js', 'app.css']) {
    const bytes = await readFile(join(outdir, name));
    files.push({ name, raw: bytes.length, gzip: gzipSync(bytes).length });
  }
  const byPackage = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(
    result.metafile.outputs[relative(ROOT, join(outdir, 'app.js'))]?.inputs ?? {},
  )) {
    const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input);
    const pkg = m
      ? m[1]
      : (/packages\/([^/]+)\//.exec(input)?.[0] ??
        (input.startsWith('sample') ? 'sample month' : 'playground'));
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
  }
  return {
    outdir,
    files,
    total: { raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) },
    byPackage: [...byPackage].sort((a, b) => b[1] - a[1]),
    nodeBuiltins: found,
    sample: {
      month: sample.month,
      files: sample.files,
      signals: sample.signals.length,
      history: sample.history.length,
    },
  };
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

/** The sizes as lines for a terminal. */
export function sizeReport(built) {
  return [
    ...built.files.map(
      (f) => `  ${f.name.padEnd(12)}${kb(f.raw).padStart(10)}${kb(f.gzip).padStart(10)} gzip`,
    ),
    `  ${'total'.padEnd(12)}${kb(built.total.raw).padStart(10)}${kb(built.total.gzip).padStart(10)} gzip`,
    '  largest parts of app.js (minified):',
    ...built.byPackage.slice(0, 8).map(([p, n]) => `    ${p.padEnd(34)}${kb(n).padStart(10)}`),
  ].join('\n');
}

if (argv[1] && fileURLToPath(import.meta.url) === argv[1]) {
  const started = performance.now();
  const built = await buildPlayground();
  const s = built.sample;
  console.log(
    `playground: built ${relative(process.cwd(), built.outdir) || '.'} in ${Math.round(performance.now() - started)} ms`,
  );
  console.log(
    `  sample month ${s.month}: ${s.signals} signals, ${s.history} history entries (${s.files.map((f) => `${f.file} ${f.rows} rows, ${f.rejected} rejected`).join('; ')})`,
  );
  console.log(sizeReport(built));
}
