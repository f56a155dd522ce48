// `pnpm bench:bundle`: the packages as a vendor consumes them, measured on the built dist (run
// `pnpm build` first).
//
// 1. Browser bundle sizes (esbuild, ESM, platform browser): raw, minified and gzip of the whole
//    core, the whole rules-presets, a month with the type-medium preset, single imports from
//    subpaths, and the file-free parts of adapters (CSV reader + case-file codec); plus the biggest
//    inputs of the month bundle, and any Node built-in an entry imports (none may).
// 2. Cold import in Node: a fresh `node` process per run imports one module; the median over the
//    runs of the time `import()` takes inside the process and of the whole process. Floors from
//    the same run: an empty module, and zod alone (every entry of core needs it).
//
// Options: --runs <n> (default 7), --check (exit 1 when a budget of issue 10 is exceeded: month
// bundle ≤ 150 KB gzip, adapters' CSV reader + case-file codec ≤ 75 KB gzip without Node
// built-ins, cold import of the root of core ≤ 100 ms), --source (bundle the sources,
// as scripts/bundle-size.test.ts does, without a build; no cold imports, which need the dist).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { argv, execPath, exit, hrtime } from 'node:process';
import { ADAPTERS_BROWSER, bundleSize, ENTRIES, ROOT } from './bundle';

const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i < 0 ? undefined : argv[i + 1];
};
const RUNS = Number(arg('--runs') ?? 7);
const CHECK = argv.includes('--check');
const SOURCE = argv.includes('--source');
const MONTH = 'month: core + rules-presets, type-medium';
const BUDGET = { monthGzip: 150_000, adaptersGzip: 75_000, coreImportMs: 100 };

for (const pkg of SOURCE ? [] : ['core', 'rules-presets', 'adapters']) {
  if (!existsSync(`${ROOT}packages/${pkg}/dist/index.js`)) {
    console.error(`packages/${pkg}/dist is missing: run \`pnpm build\` first`);
    exit(2);
  }
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`.padStart(10);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

console.log(
  `Browser bundle (esbuild, minified, ESM; gzip = zlib default level) of the ${SOURCE ? 'sources' : 'built dist'}\n`,
);
console.log(`${'entry'.padEnd(44)}${'raw'.padStart(10)}${'minified'.padStart(10)}${'gzip'.padStart(10)}`);
let monthGzip = 0;
let monthParts: [string, number][] = [];
let adapters: { gzip: number; nodeBuiltins: string[] } | undefined;
for (const [name, code] of Object.entries(ENTRIES)) {
  const s = await bundleSize(code, { source: SOURCE }).catch(() => undefined); // e.g. a subpath that this build lacks
  if (s === undefined) {
    console.log(`${name.padEnd(44)}${'n/a'.padStart(10)}`);
    continue;
  }
  if (name === MONTH) {
    monthGzip = s.gzip;
    monthParts = s.byPackage;
  }
  if (name === ADAPTERS_BROWSER) adapters = s;
  console.log(`${name.padEnd(44)}${kb(s.raw)}${kb(s.minified)}${kb(s.gzip)}`);
  for (const b of s.nodeBuiltins) console.log(`  Node built-in: ${b}`);
}
console.log(`\nLargest inputs of "${MONTH}" (minified bytes):`);
for (const [pkg, bytes] of monthParts.slice(0, 8)) console.log(`  ${pkg.padEnd(42)}${kb(bytes)}`);
const adaptersOver = [
  adapters === undefined ? `${ADAPTERS_BROWSER}: not bundled` : '',
  adapters && adapters.gzip > BUDGET.adaptersGzip
    ? `${ADAPTERS_BROWSER} ${kb(adapters.gzip).trim()} gzip > 75 KB`
    : '',
  adapters?.nodeBuiltins.length ? `${ADAPTERS_BROWSER} imports Node built-ins` : '',
].filter(Boolean);
console.log(
  `\n${ADAPTERS_BROWSER} in a browser: ${adapters ? `${kb(adapters.gzip).trim()} gzip, Node built-ins: ${adapters.nodeBuiltins.length || 'none'}` : 'n/a'} (budget ≤ 75 KB gzip, none)`,
);

if (SOURCE) {
  const over = monthGzip > BUDGET.monthGzip;
  console.log(
    `\nBudgets (issue 10): month bundle ≤ 150 KB gzip: ${over ? `EXCEEDED: ${kb(monthGzip).trim()}` : 'met'}; adapters: ${adaptersOver.length ? `EXCEEDED: ${adaptersOver.join('; ')}` : 'met'} (cold imports need the build: run without --source)`,
  );
  exit(CHECK && (over || adaptersOver.length > 0) ? 1 : 0);
}

// Each case: what to import, and the folder whose node_modules resolves it.
const IMPORTS: [label: string, specifier: string, cwd: string][] = [
  ['floor: empty module', 'data:text/javascript,', ROOT],
  ['floor: zod', 'zod', `${ROOT}packages/core`],
  ['@signaalreis/core', '@signaalreis/core', `${ROOT}examples`],
  ['@signaalreis/core/model', '@signaalreis/core/model', `${ROOT}examples`],
  ['@signaalreis/core/calendar', '@signaalreis/core/calendar', `${ROOT}examples`],
  ['@signaalreis/core/month', '@signaalreis/core/month', `${ROOT}examples`],
  ['@signaalreis/core/journey', '@signaalreis/core/journey', `${ROOT}examples`],
  ['@signaalreis/rules-presets', '@signaalreis/rules-presets', `${ROOT}examples`],
];

function coldImport(specifier: string, cwd: string): { importMs: number; processMs: number } | undefined {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const start = hrtime.bigint();
  const r = spawnSync(execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
  const processMs = Number(hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) return undefined; // e.g. a subpath that this build lacks
  return { importMs: Number(r.stdout), processMs };
}

console.log(`\nCold import in Node ${process.version} (median of ${RUNS} fresh processes)\n`);
console.log(
  `${'module'.padEnd(30)}${'import()'.padStart(11)}${'process'.padStart(11)}${'× zod'.padStart(8)}${'− zod'.padStart(10)}`,
);
const results = new Map<string, { importMs: number; processMs: number }>();
for (const [label, specifier, cwd] of IMPORTS) {
  const runs = Array.from({ length: RUNS }, () => coldImport(specifier, cwd)).filter((r) => r !== undefined);
  if (runs.length === 0) {
    console.log(`${label.padEnd(30)}${'n/a'.padStart(11)}`);
    continue;
  }
  const m = {
    importMs: median(runs.map((r) => r.importMs)),
    processMs: median(runs.map((r) => r.processMs)),
  };
  results.set(label, m);
  const zod = results.get('floor: zod')?.importMs;
  const ratio = zod ? `${(m.importMs / zod).toFixed(2)}×` : '';
  const extra = zod ? `${(m.importMs - zod).toFixed(1)} ms` : '';
  console.log(
    `${label.padEnd(30)}${`${m.importMs.toFixed(1)} ms`.padStart(11)}${`${m.processMs.toFixed(0)} ms`.padStart(11)}${ratio.padStart(8)}${extra.padStart(10)}`,
  );
}

const coreMs = results.get('@signaalreis/core')?.importMs ?? Number.POSITIVE_INFINITY;
const over = [
  monthGzip > BUDGET.monthGzip ? `month bundle ${kb(monthGzip).trim()} gzip > 150 KB` : '',
  ...adaptersOver,
  coreMs > BUDGET.coreImportMs ? `cold import of @signaalreis/core ${coreMs.toFixed(0)} ms > 100 ms` : '',
].filter(Boolean);
console.log(
  `\nBudgets (issue 10): month bundle ≤ 150 KB gzip, adapters' CSV reader + case-file codec ≤ 75 KB gzip without Node built-ins, cold import of @signaalreis/core ≤ 100 ms: ${over.length ? `EXCEEDED: ${over.join('; ')}` : 'met'}`,
);
if (CHECK && over.length) exit(1);
