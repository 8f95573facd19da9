// Debian's Chromium through playwright-core, and fresh contexts that may reach only the bench server:
// any request to another host fails (the browser resolves no name but 127.0.0.1) and is recorded, and
// the run reports it.
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../test-support/chromium-args.mjs';

// Blocked by the browser's own host resolver rather than by request interception: playwright's
// routing sends every request through Node and back before it goes out, which put several
// milliseconds on each file a page loads (a page of four files paid four times what the one-file
// static floor paid).
const ONLY_THE_BENCH_SERVER = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: [...chromiumArgs, ONLY_THE_BENCH_SERVER] });
}

/** Requests the pages tried to make to anywhere but the bench server (should stay empty). */
export const outside = new Set();

/**
 * A fresh context (empty cache, no storage); each request it makes to another origin is recorded
 * (watched, not intercepted: it fails in the browser, see launch()).
 */
export async function freshContext(browser, origin, options = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  ctx.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') outside.add(request.url());
  });
  return ctx;
}
