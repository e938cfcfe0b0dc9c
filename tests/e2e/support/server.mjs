// A minimal static file server for dist/ on loopback, for the end-to-end
// tests and the benchmark. Port 0 picks a free port.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Serves `root` at http://127.0.0.1:<port>/; resolves to { url, close }.
 * With `compress`, answers in brotli or gzip when the browser accepts it, as
 * a real host would (for Lighthouse, which simulates a slow network).
 */
export async function serve(root = 'dist', { compress = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    let path;
    try {
      // Prefixed, not resolved against a base: `//` would read as a host.
      path = decodeURIComponent(new URL(`http://x${req.url}`).pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      const accepts = String(req.headers['accept-encoding'] ?? '');
      if (compress && /\bbr\b/.test(accepts)) {
        body = brotliCompressSync(body);
        headers['content-encoding'] = 'br';
      } else if (compress && /\bgzip\b/.test(accepts)) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
