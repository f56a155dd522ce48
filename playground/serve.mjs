// A tiny static file server for the built playground (playground/dist), on 127.0.0.1 only:
// `npm run playground` builds the page and starts it. Node built-ins only. Nothing but GET/HEAD of
// files inside the folder is answered; the page itself needs no server (it also opens as file://).
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { argv, env } from 'node:process';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Serves the files of `root` on 127.0.0.1:`port` (0: any free port). Resolves with the server and
 * its URL once it listens.
 */
export function serveStatic(root, port = 0) {
  const base = normalize(root + sep);
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden / not found\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${address.port}/` });
    });
  });
}

if (argv[1] && fileURLToPath(import.meta.url) === argv[1]) {
  const root = fileURLToPath(new URL('./dist/', import.meta.url));
  const wanted = Number(env.PORT ?? 8413);
  const started = await serveStatic(root, wanted).catch((e) => {
    if (e?.code !== 'EADDRINUSE') throw e;
    console.log(`playground: port ${wanted} is in use; taking a free one`);
    return serveStatic(root, 0);
  });
  console.log(
    `playground: open ${started.url} (Ctrl+C stops; the page also opens as file://${root}index.html)`,
  );
}
