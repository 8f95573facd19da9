// Every demo page, served under a strict Content-Security-Policy with Trusted Types (tools/test-support/strict-csp.mjs),
// driven through every screener's states (introduction, error summary, questions, review, results) in
// Debian's Chromium. Every `securitypolicyviolation` and every CSP or Trusted Types console error is
// recorded, and one is a failure. Run `npm run build` first (`npm test` does).
import { readdirSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { STRICT_CSP } from '../../tools/test-support/strict-csp.mjs';
import { file, launchChromium, serveLocally, type LocalServer } from '../../tools/test-support/local-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const pages = readdirSync(join(root, 'demo'))
  .filter((f) => f.endsWith('.html'))
  .sort();

let server: LocalServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  server = await serveLocally((path) => {
    const safe = normalize(path);
    if (!['/demo/', '/dist/', '/tests/e2e/fixtures/', '/tests/browser/fixtures/'].some((dir) => safe.startsWith(dir))) return undefined;
    return file(join(root, safe), { 'content-security-policy': STRICT_CSP });
  });
  origin = server.origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page with violation recording installed before any of its own scripts run. */
async function open(path: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(m.text())) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`uncaught: ${e.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`), true);
  });
  await page.goto(`${origin}${path.startsWith('/') ? path : `/demo/${path}`}`);
  await page.waitForLoadState('networkidle');
  const violations = async () => [...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)), ...consoleErrors];
  return { page, violations };
}

/** Goes through one screener as a client would, visiting each state on the way; returns the states seen. */
async function driveThrough(screener: Locator): Promise<string[]> {
  const seen: string[] = [];
  const button = (name: string) => screener.locator(`[part~="${name}"]`);
  const visible = async (name: string) => (await button(name).count()) > 0 && (await button(name).first().isVisible());
  if (await visible('start-button')) {
    seen.push('introduction');
    await button('start-button').click();
  }
  // finishing with nothing answered shows the error summary
  for (const name of ['finish-button', 'next-button', 'review-button']) {
    if (await visible(name)) {
      await button(name).first().click();
      if (await visible('error-summary')) seen.push('error summary');
      break;
    }
  }
  for (let step = 0; step < 60 && !(await visible('results')); step++) {
    const questions = screener.locator('[part~="question"]');
    for (let q = 0; q < (await questions.count()); q++) {
      const inputs = questions.nth(q).locator('input[type="radio"]');
      if ((await inputs.count()) && !(await questions.nth(q).locator('input:checked').count())) await inputs.nth(Math.min(1, (await inputs.count()) - 1)).check();
    }
    if ((await questions.count()) && !seen.includes('questions')) seen.push('questions');
    if (await visible('review')) seen.push('review');
    const next = (await visible('next-button')) ? 'next-button' : (await visible('review-button')) ? 'review-button' : 'finish-button';
    if (!(await visible(next))) break;
    await button(next).first().click();
  }
  if (await visible('results')) seen.push('results');
  return seen;
}

describe('strict CSP and Trusted Types', () => {
  it('the policy is the strict one the issue names', () => {
    expect(STRICT_CSP).toBe("default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'");
  });

  it('finds the demo pages', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'instruments.html']));
  });

  for (const path of pages) {
    it(`demo/${path}: every screener through every state, with no violation`, async () => {
      const { page, violations } = await open(path);
      try {
        const screeners = page.locator('attune-screener');
        const count = await screeners.count();
        for (let i = 0; i < count; i++) {
          const screener = screeners.nth(i);
          if (!(await screener.isVisible())) continue;
          const states = await driveThrough(screener);
          if (path === 'instruments.html') expect(states, `screener ${i}`).toEqual(expect.arrayContaining(['introduction', 'error summary', 'questions', 'results']));
        }
        expect(await violations()).toEqual([]);
      } finally {
        await page.close();
      }
    }, 120_000);
  }

  it('states the demo pages do not reach: a text pack, Spanish, saved answers and resuming them, a battery', async () => {
    const { page, violations } = await open('/tests/e2e/fixtures/csp-states.html');
    try {
      for (const id of ['ies', 'spanish']) {
        expect(await driveThrough(page.locator(`#${id}`)), id).toEqual(expect.arrayContaining(['introduction', 'questions', 'results']));
      }
      // answer two questions, then come back to the page: the resume prompt, then resume
      const saved = page.locator('#saved');
      await saved.locator('[part~="start-button"]').click();
      await saved.locator('#question-1 input[value="2"]').check();
      await saved.locator('#question-2 input[value="3"]').check();
      await page.reload();
      await page.waitForLoadState('networkidle');
      await page.locator('#saved [part~="resume-button"]').click();
      expect(await page.locator('#saved #question-2 input[value="3"]').isChecked()).toBe(true);
      // the battery's introduction, then its first questionnaire
      await page.locator('#battery [part~="start-button"]').first().click();
      await page.locator('#battery attune-screener [part~="question"]').first().waitFor();
      expect(await violations()).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('the check can fail: an inline style added to the page is recorded', async () => {
    const { page, violations } = await open('index.html');
    try {
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { outline: 1px solid red }';
        document.head.append(style);
      });
      await page.waitForTimeout(50);
      expect((await violations()).join('\n')).toMatch(/style-src/);
    } finally {
      await page.close();
    }
  });
});
