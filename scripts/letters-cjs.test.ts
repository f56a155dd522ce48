// The letters find their font files relative to their own module (createRequire(import.meta.url)).
// In the CommonJS build import.meta is not there: without tsup's shims the built chunk did not even
// load (`SyntaxError: Cannot use 'import.meta' outside a module`), and with it the package's whole
// CJS root. Both builds load and make a PDF.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'packages/adapters/dist');
const built = existsSync(join(DIST, 'letters/index.cjs'));
const ITEM = "[{address:['A'],sender:{name:'G',returnLine:'P',details:[]},meta:[],text:'Hallo'}]";

describe('the built letters module (CommonJS and ESM)', () => {
  it.skipIf(!built)(
    `${built ? '' : 'SKIPPED: packages/adapters is not built; would check that '}loads and makes a PDF in both builds`,
    () => {
      const cjs = spawnSync(
        process.execPath,
        [
          '-e',
          `require(${JSON.stringify(join(DIST, 'index.cjs'))}).printPdf('letter', ${ITEM}, { title: 't', on: new Date() }).then((b) => console.log(b.length))`,
        ],
        { encoding: 'utf8' },
      );
      expect(cjs.stderr).toBe('');
      expect(Number(cjs.stdout)).toBeGreaterThan(1000);
      const esm = spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const { printPdf } = await import(${JSON.stringify(join(DIST, 'index.js'))}); console.log((await printPdf('card', ${ITEM}, { title: 't', on: new Date() })).length)`,
        ],
        { encoding: 'utf8' },
      );
      expect(esm.stderr).toBe('');
      expect(Number(esm.stdout)).toBeGreaterThan(1000);
    },
    60_000,
  );
});
