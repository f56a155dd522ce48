// The built history worker (tsup.worker.config.ts) is one module: it imports Node built-ins and, only
// for an .xlsx history file, exceljs — no chunk of this package, nor @signaalreis/core, zod or
// csv-parse as modules of their own, which each thread would load and compile before it reads a line
// (issue 14, docs/performance.md "Sixth round"). So is the thread that keys the history's signal files
// ("Fourteenth round"). Needs the build (dist/cli/history-worker.js, dist/cli/history-keys-worker.js).
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { historyKeysWorkerFile } from './history-keys-thread';
import { historyWorkerFile } from './history-pool';

/** What a module's text imports: static `from '…'` and `import('…')`, as written. */
const importsOf = (text: string): string[] =>
  [...text.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );

describe('dist/cli/history-worker.js', () => {
  it('finds imports as written (the check below can fail)', () => {
    expect(importsOf(`import { a } from "./chunk-X.js";\nconst z = await import('zod');`)).toEqual([
      './chunk-X.js',
      'zod',
    ]);
  });

  it.each([
    ['history-worker.js', historyWorkerFile, 'historySieve'],
    ['history-keys-worker.js', historyKeysWorkerFile, 'HistoryLineChecker'],
  ])('%s imports nothing but Node built-ins and exceljs', (_, file, name) => {
    const text = readFileSync(file(), 'utf8');
    const builtins = new Set(builtinModules);
    const other = importsOf(text).filter((s) => !builtins.has(s.replace(/^node:/, '')) && s !== 'exceljs');
    // the bundle's own text holds "from '\ufeff'"-like strings of csv code: only module-like names count
    expect(other.filter((s) => /^[@./a-z]/.test(s))).toEqual([]);
    expect(text).toContain(name);
  });
});
