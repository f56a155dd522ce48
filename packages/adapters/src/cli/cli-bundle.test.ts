// The built command line (tsup.cli.config.ts) is its own bundle: dist/cli.js, the batch pool's worker
// dist/cli/batch-worker.js and their chunks in dist/command/ import nothing but Node built-ins, each
// other and the packages loaded apart (`LOADED_APART`) — no chunk of the library's build, nor
// @signaalreis/core, zod, commander or ajv as modules of their own, which every command would
// resolve, read and compile before it starts (issue 14, docs/performance.md "Twenty-seventh round").
// And what the command line loads only when it needs it is not reached from its start. Needs the
// build (dist/cli.js).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOADED_APART } from '../../tsup.cli.config';
import { DDAS_SCHEMA_ID } from '../ddas/schema';
import { builtFile } from '../files/built-file';
import { batchWorkerFile } from './batch';

/** Static imports (`import … from '…'`, `import '…'` at a line's start) and `import('…')`, as written. */
const importsOf = (text: string): { static: string[]; dynamic: string[] } => ({
  static: [...text.matchAll(/^import\s+(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/gms)].map(
    (m) => m[1] as string,
  ),
  dynamic: [...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] as string),
});

/** The files reached from `entry` by static imports of relative paths, and the other imports met. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const s of importsOf(readFileSync(file, 'utf8')).static)
      if (s.startsWith('.')) todo.push(resolve(dirname(file), s));
      else packages.add(s);
  }
  return { files, packages };
}

const builtins = new Set(builtinModules);
const packageOf = (specifier: string) =>
  specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : (specifier.split('/')[0] as string);
const built = existsSync(builtFile('cli.js'));

describe.skipIf(!built)('the built command line (dist/cli.js, dist/command/)', () => {
  it('finds imports as written (the checks below can fail)', () => {
    const text = `import { a } from "./chunk-X.js";\nimport "node:os";\nconst z = await import('zod');\nconst s = "import x from 'y'";`;
    expect(importsOf(text)).toEqual({ static: ['./chunk-X.js', 'node:os'], dynamic: ['zod'] });
  });

  it('imports nothing but Node built-ins, its own chunks and the packages loaded apart', () => {
    const dir = builtFile('command');
    const texts = [
      builtFile('cli.js'),
      batchWorkerFile(),
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => join(dir, f)),
    ];
    const outside = new Set<string>();
    for (const file of texts) {
      const { static: s, dynamic: d } = importsOf(readFileSync(file, 'utf8'));
      for (const spec of [...s, ...d]) {
        if (spec.startsWith('./') || spec.startsWith('../')) continue;
        if (builtins.has(spec.replace(/^node:/, ''))) continue;
        if (!(LOADED_APART as readonly string[]).includes(packageOf(spec))) outside.add(spec);
      }
    }
    expect([...outside]).toEqual([]);
    expect(texts.length).toBeGreaterThan(3);
  });

  it('reaches from its start (and its commands) no package loaded apart but tinypool, its chunks only in dist/command/', () => {
    const cli = builtFile('cli.js');
    // cli.js loads the commands after the machine's CPU times are taken (started.ts): one dynamic import
    const program = importsOf(readFileSync(cli, 'utf8')).dynamic;
    expect(program).toEqual([expect.stringMatching(/^\.\/command\/program-[^/]+\.js$/)]);
    for (const entry of [cli, resolve(dirname(cli), program[0] as string), batchWorkerFile()]) {
      const { files, packages } = staticGraph(entry);
      const apart = [...packages].filter((p) => !builtins.has(p.replace(/^node:/, ''))).map(packageOf);
      // tinypool: run's history pool is a static import (small; the pool starts only when it pays)
      expect(
        apart.filter((p) => p !== 'tinypool'),
        entry,
      ).toEqual([]);
      for (const f of files) if (f !== entry) expect(f.startsWith(builtFile('command')), f).toBe(true);
      expect(files.size).toBeGreaterThan(1);
      // nor the DDAS schema and its validator (ajv): loaded by import ddas and export ddas when they run
      const texts = [...files].map((f) => readFileSync(f, 'utf8'));
      expect(
        texts.some((t) => t.includes(DDAS_SCHEMA_ID)),
        entry,
      ).toBe(false);
    }
    // (the schema is in the build: the check above can fail)
    const dir = builtFile('command');
    const all = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(all.some((f) => readFileSync(join(dir, f), 'utf8').includes(DDAS_SCHEMA_ID))).toBe(true);
  });
});
