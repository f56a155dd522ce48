// The packages as vendors consume them (issue 10): one subpath export per concept folder, `types`
// first, ESM and CJS; the same entries in tsup; the root re-exports every subpath; metadata and a
// README in every package; the command line is adapters' bin, not its API.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const manifest = (pkg: string) => JSON.parse(read(`packages/${pkg}/package.json`));
const concepts = (pkg: string) =>
  readdirSync(new URL(`packages/${pkg}/src/`, ROOT), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(new URL(`packages/${pkg}/src/${d.name}/index.ts`, ROOT)))
    .map((d) => d.name)
    .sort();
const entry = (base: string) => ({
  import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
  require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
});

// Entries tsup builds besides the root and the concepts: the worker thread of a simulation's pool
// (worker threads load built JavaScript, issue 16). adapters' command line (its `bin`) and the worker
// thread of `signaalreis batch`'s pool are built apart as their own bundle (tsup.cli.config.ts,
// issue 14; packages/adapters/src/cli/cli-bundle.test.ts), and so are the worker threads of `run`'s
// history pool, history keys and worklists and of `letters`' e-mails, as self-contained files
// (tsup.worker.config.ts).
const EXTRA_ENTRIES: Record<string, string[]> = {
  adapters: ['simulation/worker'],
};
// Subpaths the root does not re-export: the case store (issue 11) loads PGlite, pg and kysely,
// ~150 ms of cold import that no other user of the root should pay; it is only on its subpath. The
// simulation (issue 16) starts worker threads (tinypool): Node only, on its subpath alone.
const NOT_IN_ROOT: Record<string, string[]> = { adapters: ['service', 'simulation', 'store'] };

describe.each(['core', 'rules-presets', 'adapters'])('@signaalreis/%s exports', (pkg) => {
  it('has the root and one subpath per concept folder, each with types first, ESM and CJS', () => {
    const exports = manifest(pkg).exports;
    expect(Object.keys(exports)).toEqual(['.', ...concepts(pkg).map((c) => `./${c}`), './package.json']);
    expect(exports['.']).toEqual(entry('index'));
    for (const c of concepts(pkg)) {
      expect(exports[`./${c}`]).toEqual(entry(`${c}/index`));
      expect(Object.keys(exports[`./${c}`].import)[0]).toBe('types');
      expect(Object.keys(exports[`./${c}`].require)[0]).toBe('types');
    }
  });

  it('builds the same entries with tsup', async () => {
    const config = (await import(`../packages/${pkg}/tsup.config.ts`)).default;
    expect(Object.keys(config.entry).sort()).toEqual(
      ['index', ...(EXTRA_ENTRIES[pkg] ?? []), ...concepts(pkg).map((c) => `${c}/index`)].sort(),
    );
    expect(config.format).toEqual(['esm', 'cjs']);
  });

  it('re-exports every subpath from the root entry, as the same values', async () => {
    const root = await import(`@signaalreis/${pkg}`);
    for (const c of concepts(pkg).filter((x) => !(NOT_IN_ROOT[pkg] ?? []).includes(x))) {
      const sub = await import(`@signaalreis/${pkg}/${c}`);
      expect(Object.keys(sub).length, c).toBeGreaterThan(0);
      for (const [name, value] of Object.entries(sub)) expect(root[name], `${c}: ${name}`).toBe(value);
    }
  });
});

describe.each(['core', 'rules-presets', 'adapters'])('@signaalreis/%s metadata', (pkg) => {
  it('names repository, homepage, bugs and keywords, and ships a README that names every subpath', () => {
    const m = manifest(pkg);
    expect(m.name).toBe(`@signaalreis/${pkg}`);
    expect(m.license).toBe('EUPL-1.2');
    expect(m.repository).toEqual({
      type: 'git',
      url: 'git+https://github.com/signaalreis/signaalreis.git',
      directory: `packages/${pkg}`,
    });
    expect(m.homepage).toMatch(/^https:\/\/github\.com\/signaalreis\/signaalreis\/tree\/main\/packages\//);
    expect(m.bugs).toEqual({ url: 'https://github.com/signaalreis/signaalreis/issues' });
    expect(m.keywords).toEqual(expect.arrayContaining(['vroegsignalering']));
    expect(m.files).toContain('README.md');
    const readme = read(`packages/${pkg}/README.md`);
    expect(readme).toContain(`npm install @signaalreis/${pkg}`);
    for (const subpath of Object.keys(m.exports).filter((k) => k !== '.' && k !== './package.json')) {
      expect(readme, subpath).toContain(`@signaalreis/${pkg}/${subpath.slice(2)}`);
    }
  });
});

describe("@signaalreis/adapters: the command line's worker threads are self-contained files (issue 14)", () => {
  it('is built apart, after the library (whose clean empties dist/), as one ESM file with everything bundled but exceljs and tinypool', async () => {
    const pkg = 'adapters';
    const config = (await import(`../packages/${pkg}/tsup.worker.config.ts`)).default;
    expect(config.entry).toEqual({
      'cli/history-worker': 'src/cli/history-worker.ts',
      'cli/worklist-worker': 'src/cli/worklist-worker.ts',
      'cli/history-keys-worker': 'src/cli/history-keys-worker.ts',
      'cli/letters-worker': 'src/letters/worker.ts',
    });
    expect(config).toMatchObject({ format: ['esm'], splitting: false, clean: false });
    expect(config.noExternal.some((p: RegExp) => p.test('@signaalreis/core'))).toBe(true);
    expect(config.noExternal.some((p: RegExp) => p.test('zod'))).toBe(true);
    expect(config.noExternal.some((p: RegExp) => p.test('exceljs'))).toBe(false);
    // the letters' thread moves its result with tinypool's own mark: the pool's copy, not a bundled one
    expect(config.noExternal.some((p: RegExp) => p.test('tinypool'))).toBe(false);
    expect(config.noExternal.some((p: RegExp) => p.test('nodemailer'))).toBe(true);
    expect(manifest('adapters').scripts.build).toBe(
      'tsup && tsup --config tsup.worker.config.ts && tsup --config tsup.cli.config.ts',
    );
  });
});

describe('@signaalreis/adapters: the command line is its own bundle (issue 14)', () => {
  it('is built last, as ESM with its chunks in dist/command/, everything bundled but the packages loaded apart', async () => {
    const pkg = 'adapters';
    const { default: config, LOADED_APART } = await import(`../packages/${pkg}/tsup.cli.config.ts`);
    expect(config.entry).toEqual({ cli: 'src/cli.ts', 'cli/batch-worker': 'src/cli/batch-worker.ts' });
    expect(config).toMatchObject({ format: ['esm'], splitting: true, clean: false });
    const bundled = (name: string) => config.noExternal.some((p: RegExp) => p.test(name));
    for (const name of [
      '@signaalreis/core',
      '@signaalreis/rules-presets',
      'zod',
      'commander',
      'ajv/dist/2020.js',
    ])
      expect(bundled(name), name).toBe(true);
    for (const name of [...LOADED_APART, 'exceljs/dist/exceljs.min.js', 'kysely/helpers/postgres'])
      expect(bundled(name), name).toBe(false);
    // a package whose name only begins like one loaded apart is bundled
    expect(bundled('pg-format-like')).toBe(true);
    expect(manifest('adapters').scripts.build.endsWith('tsup --config tsup.cli.config.ts')).toBe(true);
  });
});

describe('@signaalreis/adapters: the command line is the bin, not the API', () => {
  it('builds src/cli.ts as the bin dist/cli.js, and src/cli/ is no concept (no index.ts, no subpath)', async () => {
    const m = manifest('adapters');
    expect(m.bin).toEqual({ signaalreis: './dist/cli.js' });
    expect(read('packages/adapters/src/cli.ts')).toMatch(/^#!\/usr\/bin\/env node\n/);
    const pkg = 'adapters';
    const config = (await import(`../packages/${pkg}/tsup.cli.config.ts`)).default;
    expect(config.entry.cli).toBe('src/cli.ts');
    expect(concepts('adapters')).not.toContain('cli');
    expect(Object.keys(m.exports)).not.toContain('./cli');
  });

  it('exports no value of the command line from the root (main, buildProgram, register*, EXIT_CODES …)', async () => {
    const root: Record<string, unknown> = await import('@signaalreis/adapters');
    const cliDir = new URL('packages/adapters/src/cli/', ROOT);
    const modules = readdirSync(cliDir).filter((f) => f.endsWith('.ts') && !/\.test\.ts$|test-kit/.test(f));
    expect(modules).toContain('program.ts');
    // a function or object by identity; a number or string by its name and value (two constants of
    // equal value, e.g. 10,000, are not one leaked value)
    const key = (name: string, value: unknown) =>
      typeof value === 'object' || typeof value === 'function' ? value : `${name}=${String(value)}`;
    const cliValues = new Map<unknown, string>();
    for (const f of modules) {
      for (const [name, value] of Object.entries(await import(new URL(f, cliDir).href))) {
        cliValues.set(key(name, value), `${f}: ${name}`);
      }
    }
    expect(cliValues.size).toBeGreaterThan(10);
    const leaked = Object.entries(root)
      .filter(([n, v]) => cliValues.has(key(n, v)))
      .map(([n]) => n);
    expect(leaked).toEqual([]);
    for (const name of ['main', 'buildProgram', 'registerRun', 'processIo', 'EXIT_CODES', 'CliUserError']) {
      expect(root, name).not.toHaveProperty(name);
    }
  });
});
