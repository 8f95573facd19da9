// Debian's Chromium through playwright-core, and fresh contexts that may reach only the bench server:
// any request to another origin is aborted and recorded, and the run reports it.
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../test-support/chromium-args.mjs';

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: chromiumArgs });
}

/** Requests the pages tried to make to anywhere but the bench server (should stay empty). */
export const outside = new Set();

/**
 * A fresh context (empty cache, no storage) whose requests to other origins are aborted.
 * Routing only what is not ours keeps interception off the timed same-origin requests.
 */
export async function freshContext(browser, origin, options = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  await ctx.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      outside.add(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return ctx;
}
