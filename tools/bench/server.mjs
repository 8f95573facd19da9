// The bench's own static server on 127.0.0.1: bench pages, the bench build of Attune, and the other
// libraries' published files from node_modules. Nothing else is reachable (no directory listing,
// no path outside these roots), and every page is served with no-store so each load is a cold one.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * @param {Record<string, string>} mounts URL prefix -> folder, e.g. { '/attune/': '.bench/dist' }
 * @returns {Promise<{ origin: string, close(): Promise<void>, requests: string[] }>}
 */
export async function serve(mounts) {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]);
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    requests.push(path);
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return res.writeHead(404).end();
    const rel = normalize(path.slice(mount[0].length));
    if (rel.startsWith('..')) return res.writeHead(404).end();
    try {
      const body = readFileSync(join(mount[1], rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
