// Worker threads run built JavaScript: the path of a file in this package's dist/, the same from
// the sources, the tests and the build.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `dist/<relative>` of this package, found by going up from this module to the folder of the
 * package.json named `@signaalreis/adapters`: simulation's `workerFile` and `run`'s history threads.
 *
 * @example
 * ```ts
 * import { existsSync } from 'node:fs';
 * import { builtFile } from './built-file';
 * existsSync(builtFile('cli/history-worker.js')); // false before `pnpm build`
 * ```
 */
export function builtFile(relative: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (
      existsSync(pkg) &&
      (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === '@signaalreis/adapters'
    )
      return join(dir, 'dist', relative);
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), relative);
}
