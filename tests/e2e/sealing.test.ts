// Sealed submissions as a practice uses them: a plain page loading only the built dist/attune.iife.js
// with a seal-key, a local endpoint of the practice's on the same origin. What arrives (and what waits
// in the outbox in localStorage) is a JWE alone: no answer, instrument id or score; openSealed in Node
// opens it to the very completion the page reported. A malformed key sends nothing.
// Run `npm run build` first (`npm test` does).
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { openSealed, type SealPrivateJwk, type SealPublicJwk } from '../../src/core.js';
import { launchChromium } from '../../tools/test-support/local-server.mjs';

const root = new URL('../../', import.meta.url).pathname;

interface Received {
  type: string | undefined;
  key: string | undefined;
  body: string;
}

let server: Server;
let origin: string;
let browser: Browser;
let publicJwk: SealPublicJwk;
let privateJwk: SealPrivateJwk;
const received: Received[] = [];
/** What the endpoint answers next (then 201). */
const answers: number[] = [];
let pageHtml = '';

beforeAll(async () => {
  const pair = await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true });
  publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'e2e-2026' } as SealPublicJwk;
  privateJwk = { ...(await exportJWK(pair.privateKey)), kid: 'e2e-2026' } as SealPrivateJwk;
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    if (req.method === 'POST' && path === '/intake') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ type: req.headers['content-type'], key: req.headers['idempotency-key'] as string | undefined, body: Buffer.concat(chunks).toString() });
        res.writeHead(answers.shift() ?? 201).end();
      });
      return;
    }
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(pageHtml);
    if (path.startsWith('/attune/')) {
      try {
        return void res
          .writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'application/json' })
          .end(readFileSync(join(root, 'dist', normalize(path.slice(8)))));
      } catch {
        /* fall through */
      }
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
}, 30000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll("'", '&#39;');

/** A practice page with one element; every attune-* event of interest recorded on window. */
async function open(element: string): Promise<{ page: Page; requests: string[] }> {
  pageHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our practice</title></head><body>
<script>window.seen = { complete: [], error: [], submit: [], submitError: [] };
for (const [name, list] of [['attune-complete','complete'],['attune-error','error'],['attune-submit','submit'],['attune-submit-error','submitError']])
  document.addEventListener(name, (e) => window.seen[list].push(e.detail));</script>
${element}<script src="/attune/attune.iife.js"></script></body></html>`;
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${origin}/`);
  return { page, requests };
}

/** Answers the PC-PTSD-5 (exposure yes, then `yes` of the 5 symptoms yes) in the screener found by `path`, and finishes. */
async function finishPcPtsd5(page: Page, selector: string, yes: number) {
  await page.waitForFunction((sel) => {
    const el = eval(sel) as HTMLElement | null;
    return !!el?.shadowRoot?.querySelector('[part~="start-button"], [part~="question"]');
  }, selector);
  await page.evaluate(
    async ([sel, yesCount]) => {
      const el = eval(sel) as HTMLElement & { updateComplete: Promise<unknown> };
      const q = (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
      const settle = async () => {
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 0));
      };
      q('[part~="start-button"]')?.click();
      await settle();
      q('#question-exposure input[value="1"]')!.click();
      await settle();
      for (let i = 1; i <= 5; i++) {
        q(`#question-${i} input[value="${i <= yesCount ? 1 : 0}"]`)!.click();
        await settle();
      }
      q('[part~="finish-button"]')!.click();
      await settle();
    },
    [selector, yes] as const,
  );
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Record<string, unknown[]> }).seen);
const status = (page: Page, selector: string) =>
  page.evaluate((sel) => (eval(sel) as HTMLElement).shadowRoot!.querySelector('[part~="submission-status"]')?.getAttribute('data-state'), selector);

/** Nothing of the completion in the clear: no answer text, instrument id, score, flag or key. */
function expectOpaque(text: string) {
  for (const secret of ['pc-ptsd-5', 'pcl-5', 'answers', 'exposure', 'result', 'scales', 'flags', 'total', 'nightmares', 'Yes', privateJwk.d]) expect(text).not.toContain(secret);
}

describe('sealed submissions through the built script tag', () => {
  it('a screener with seal-key POSTs a JWE alone (application/jose) that openSealed opens to the same completion', async () => {
    received.length = 0;
    const { page, requests } = await open(`<attune-screener instrument="pc-ptsd-5" submit-url="/intake" seal-key='${attr(JSON.stringify(publicJwk))}'></attune-screener>`);
    await finishPcPtsd5(page, `document.querySelector('attune-screener')`, 3);
    await page.waitForFunction(() => (window as unknown as { seen: { submit: unknown[] } }).seen.submit.length === 1);
    const { complete, error, submit } = (await seen(page)) as { complete: Record<string, unknown>[]; error: unknown[]; submit: { body: unknown; idempotencyKey: string }[] };
    expect(error).toEqual([]);
    expect(received).toHaveLength(1);
    const [post] = received;
    expect(post!.type).toBe('application/jose');
    expect(post!.body.split('.')).toHaveLength(5);
    expectOpaque(post!.body);
    expect(submit[0]!.body).toBe(post!.body);
    expect(post!.key).toBe(submit[0]!.idempotencyKey);
    const opened = await openSealed(post!.body, privateJwk);
    expect(opened).toMatchObject({ idempotencyKey: post!.key, instrument: { id: 'pc-ptsd-5' }, result: complete[0]!.result, answers: complete[0]!.answers });
    expect(opened).toMatchObject({ answers: { exposure: 1, '1': 1, '2': 1, '3': 1, '4': 0, '5': 0 } });
    expect(await status(page, `document.querySelector('attune-screener')`)).toBe('sent');
    // the page fetched itself, the script and the files beside it, and posted to the practice: nothing else
    expect(requests.every((url) => url.startsWith(origin))).toBe(true);
    expect(requests.filter((url) => url.endsWith('/attune/attune-seal.js'))).toHaveLength(1);
    await page.context().close();
  });

  it('a battery with seal-key seals its one submission too', async () => {
    received.length = 0;
    const { page } = await open(`<attune-battery instruments="pc-ptsd-5 pcl-5" submit-url="/intake" seal-key='${attr(JSON.stringify(publicJwk))}'></attune-battery>`);
    await page.waitForFunction(() => !!document.querySelector('attune-battery')?.shadowRoot?.querySelector('[part~="start-button"]'));
    await page.evaluate(() => document.querySelector('attune-battery')!.shadowRoot!.querySelector<HTMLElement>('[part~="start-button"]')!.click());
    // a negative PC-PTSD-5 (2 of 5) skips the PCL-5, so the battery finishes after one screener
    await finishPcPtsd5(page, `document.querySelector('attune-battery').shadowRoot.querySelector('attune-screener')`, 2);
    await page.waitForFunction(() => (window as unknown as { seen: { submit: unknown[] } }).seen.submit.length === 1);
    expect(received).toHaveLength(1);
    expect(received[0]!.type).toBe('application/jose');
    expectOpaque(received[0]!.body);
    const opened = await openSealed(received[0]!.body, privateJwk);
    expect(opened).toMatchObject({ battery: { instruments: ['pc-ptsd-5', 'pcl-5'] }, skipped: [{ instrument: 'pcl-5' }] });
    expect('completions' in opened && opened.completions.map((c) => c.instrument.id)).toEqual(['pc-ptsd-5']);
    await page.context().close();
  });

  it('with persist="local", the outbox in localStorage holds only the JWE while the endpoint is down', async () => {
    received.length = 0;
    answers.push(503, 503, 503);
    const { page } = await open(`<attune-screener instrument="pc-ptsd-5" persist="local" submit-url="/intake" seal-key='${attr(JSON.stringify(publicJwk))}'></attune-screener>`);
    await finishPcPtsd5(page, `document.querySelector('attune-screener')`, 4);
    await page.waitForFunction(() => (window as unknown as { seen: { submitError: unknown[] } }).seen.submitError.length >= 1);
    const stored = await page.evaluate(() => localStorage.getItem('attune:outbox:v1'));
    expect(stored).not.toBeNull();
    const entries = JSON.parse(stored!) as { body: string; owner: string; contentType: string }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]!.contentType).toBe('application/jose');
    expect(entries[0]!.owner).toBe('attune-screener sealed');
    expectOpaque(stored!);
    expect(entries[0]!.body).toBe(received[0]!.body);
    await page.context().close();
    answers.length = 0;
  });

  it('an endpoint that can never accept (405) gets one attempt: a permanent outcome, calmly told', async () => {
    received.length = 0;
    answers.push(405);
    const { page } = await open(`<attune-screener instrument="pc-ptsd-5" submit-url="/intake" seal-key='${attr(JSON.stringify(publicJwk))}'></attune-screener>`);
    await finishPcPtsd5(page, `document.querySelector('attune-screener')`, 1);
    await page.waitForFunction(() => (window as unknown as { seen: { submitError: unknown[] } }).seen.submitError.length === 1);
    const { submitError } = (await seen(page)) as { submitError: { willRetry: boolean; reason: string; status: number }[] };
    expect(submitError[0]).toMatchObject({ willRetry: false, reason: 'rejected', status: 405 });
    expect(await status(page, `document.querySelector('attune-screener')`)).toBe('stopped');
    expect(await page.evaluate(() => document.querySelector('attune-screener')!.shadowRoot!.querySelector('[part~="submission-status"]')!.textContent)).toContain(
      'kept on this device',
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(received).toHaveLength(1);
    await page.context().close();
    answers.length = 0;
  });

  it('the clinician opens it in <attune-report> (its own script tag) with the private key file, which is never sent', async () => {
    received.length = 0;
    const { page: client } = await open(`<attune-screener instrument="pc-ptsd-5" submit-url="/intake" seal-key='${attr(JSON.stringify(publicJwk))}'></attune-screener>`);
    await finishPcPtsd5(client, `document.querySelector('attune-screener')`, 5);
    await client.waitForFunction(() => (window as unknown as { seen: { submit: unknown[] } }).seen.submit.length === 1);
    await client.context().close();

    pageHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reports</title></head><body><attune-report></attune-report><script src="/attune/attune-report.iife.js"></script></body></html>`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: { url: string; body: string | null }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() }));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => customElements.get('attune-report'));
    expect(requests.some((r) => r.url.endsWith('/attune-open.js'))).toBe(false);
    await page.evaluate((jwe) => ((document.querySelector('attune-report') as unknown as { sealed: string[] }).sealed = [jwe]), received[0]!.body);
    await page
      .locator('attune-report .sealed input[type="file"]')
      .setInputFiles({ name: 'attune-seal-e2e.private.jwk.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(privateJwk)) });
    await page.locator('attune-report [part~="instrument"]').waitFor();
    const text = await page.locator('attune-report [part~="instrument"]').textContent();
    expect(text).toContain('PC-PTSD-5');
    expect(requests.filter((r) => r.url.endsWith('/attune/attune-open.js'))).toHaveLength(1);
    for (const r of requests) {
      expect(r.url.startsWith(origin)).toBe(true);
      expect(r.body ?? '').not.toContain(privateJwk.d);
    }
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toContain(privateJwk.d);
    await context.close();
  });

  it('a malformed seal-key sends nothing, keeps the completion, tells the client calmly and fires attune-error', async () => {
    received.length = 0;
    const { d: _d, ...rest } = privateJwk;
    for (const key of ['{"kty":"EC","crv":"P-256"}', 'not json', JSON.stringify(privateJwk), JSON.stringify({ ...rest, kid: '' })]) {
      const { page, requests } = await open(`<attune-screener instrument="pc-ptsd-5" submit-url="/intake" seal-key='${attr(key)}'></attune-screener>`);
      await finishPcPtsd5(page, `document.querySelector('attune-screener')`, 3);
      await page.waitForFunction(() => (window as unknown as { seen: { error: unknown[] } }).seen.error.length >= 1);
      const { complete, error } = (await seen(page)) as { complete: unknown[]; error: { code: string; message: string }[] };
      expect(complete).toHaveLength(1);
      expect(error.map((e) => e.code)).toEqual(['invalid-key']);
      expect(error[0]!.message).not.toContain(privateJwk.d);
      expect(await status(page, `document.querySelector('attune-screener')`)).toBe('unsealed');
      // the completion is kept: the client sees the end of the questionnaire, not an error page
      expect(await page.evaluate(() => !!document.querySelector('attune-screener')!.shadowRoot!.querySelector('[part~="results"]'))).toBe(true);
      expect(requests.some((url) => url.endsWith('/intake'))).toBe(false);
      await page.context().close();
    }
    expect(received).toEqual([]);
  });
});
