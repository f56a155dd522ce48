// Test support for cli-start.e2e.test.ts: registers a module hook that names, on stderr, every
// file module the process loads (`LOADED <url>`), so that a test can see what a command loads.
import { register } from 'node:module';

const hooks = `export async function load(url, context, next) {
  const result = await next(url, context);
  if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n');
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
