// What every end-to-end test needs: a static server of its own on 127.0.0.1 (a free port, nothing
// reachable from elsewhere) and Debian's Chromium, headless, with the flags this closed network needs.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from '../../scripts/chromium-args.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface Served {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

export interface LocalServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** A file's contents with its content type, or undefined when there is no such file. */
export function file(path: string, headers?: Record<string, string>): Served | undefined {
  try {
    return { body: readFileSync(path), type: TYPES[extname(path)] ?? 'application/octet-stream', headers };
  } catch {
    return undefined;
  }
}

/** Serves what `respond` returns for each request's path (404 for undefined) on 127.0.0.1. */
export async function serveLocally(respond: (path: string) => Served | undefined): Promise<LocalServer> {
  const server = createServer((req, res) => {
    const served = respond(decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    if (!served) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': served.type ?? 'text/html', ...served.headers }).end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: chromiumArgs });
}
