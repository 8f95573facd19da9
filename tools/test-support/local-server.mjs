// What the scripts and end-to-end tests that drive a browser need: a static server of their own on
// 127.0.0.1 (a free port, nothing reachable from elsewhere) and Debian's Chromium, headless, with the
// flags this closed network needs.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs } from './chromium-args.mjs';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** A file's contents with its content type, or undefined when there is no such file. */
export function file(path, headers) {
  try {
    return { body: readFileSync(path), type: TYPES[extname(path)] ?? 'application/octet-stream', headers };
  } catch {
    return undefined;
  }
}

/** Serves what `respond` returns for each request's path (404 for undefined) on 127.0.0.1. */
export async function serveLocally(respond) {
  const server = createServer((req, res) => {
    const served = respond(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!served) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': served.type ?? 'text/html', ...served.headers }).end(served.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Every file under `root`, as the browser asks for it (a folder's index.html for a path ending in /). */
export function serveFolder(root) {
  return serveLocally((path) => file(join(root, normalize(path).replace(/\/$/, '/index.html'))));
}

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * A practice's own site as the docs tell a practice to set it up: its page at `/` (what `page()`
 * returns when asked, so a test can change it between visits), the contents of dist/ copied to
 * `/attune/`, and any of its own files at the paths `own` names.
 */
export function servePractice(page, own = {}) {
  return serveLocally((path) => {
    if (path === '/') return { body: page() };
    if (Object.hasOwn(own, path)) return own[path];
    return path.startsWith('/attune/') ? file(join(dist, normalize(path.slice('/attune/'.length)))) : undefined;
  });
}

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: chromiumArgs });
}
