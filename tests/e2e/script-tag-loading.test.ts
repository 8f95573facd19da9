// How the script tag loads, in Chromium against the built dist/: one classic script
// (dist/attune.iife.js) whose first act hints the files the page's elements will ask for. The
// instrument's wording is asked for while the script runs, before any other file has arrived (with
// every file answered after 150 ms, it starts less than 150 ms after the script arrived: an ordering
// fact, not a timing threshold), wherever the practice put the tag and however it loads it, and a page
// with one screener fetches nothing else before its first screen; a page loads the battery's code only
// if it has a battery, and save and resume's work, the work of submitting and paged mode's screen only
// if an element asks for them (each hinted from its attribute as the script runs); a client quicker than a file that arrives later
// loses nothing (finishing waits for scoring, answers wait for save and resume's work); a file missing
// beside the script is said in the widget and as attune-error.
//
// Every file of the library is answered after a fixed 150 ms, as over a real network: on 127.0.0.1 a
// response takes well under a millisecond, and a request that waited for another file to arrive (the
// waterfall this prevents) would then be told apart from one the script made as it ran only by chance.
// Run `npm run build` first (`npm test` does).
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { file, launchChromium } from '../../tools/test-support/local-server.mjs';
import { wordingTiming } from '../../tools/test-support/script-tag-timing.mjs';

const root = new URL('../../', import.meta.url).pathname;
const LATENCY_MS = 150;
const SCRIPT = '<script src="/attune/attune.iife.js"></script>';

let server: Server;
let origin: string;
let browser: Browser;
/** The page served at `/`. */
let body = '';
let head = '';
/** Library files answered 404, as if the practice had not copied them. */
let missing: string[] = [];
/** Library files answered only after this much longer (ms), as over a slow connection. */
let slow: Record<string, number> = {};
/** Bodies POSTed to the practice's endpoint, /intake (answered 200). */
let submissions: unknown[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    if (req.method === 'POST' && path === '/intake') {
      let data = '';
      req.on('data', (chunk: Buffer) => (data += String(chunk)));
      req.on('end', () => {
        submissions.push(JSON.parse(data));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
      return;
    }
    if (path === '/') {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our practice</title>${head}</head><body><h1>Our practice</h1>${body}</body></html>`);
      return;
    }
    const served = path.startsWith('/attune/') && !missing.includes(path.slice('/attune/'.length)) ? file(join(root, 'dist', normalize(path.slice('/attune/'.length)))) : undefined;
    const delay = LATENCY_MS + (slow[path.slice('/attune/'.length)] ?? 0);
    setTimeout(() => (served ? res.writeHead(200, { 'content-type': served.type! }).end(served.body) : res.writeHead(404).end()), delay);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface Seen {
  page: Page;
  /** Paths requested, in order. */
  requests: string[];
  errors: string[];
}

/** Opens the page with `head` and `body`, recording requests, page errors and every attune-error. */
async function open(page: { head?: string; body: string }): Promise<Seen> {
  head = page.head ?? '';
  body = page.body;
  const p = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  p.on('request', (r) => requests.push(new URL(r.url()).origin === origin ? new URL(r.url()).pathname : r.url()));
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { attuneErrors: unknown[] }).attuneErrors = seen;
    document.addEventListener('attune-error', (e) => seen.push({ from: (e.target as Element).localName, ...(e as CustomEvent).detail }));
  });
  await p.goto(`${origin}/`);
  return { page: p, requests, errors };
}

/** Answers each question on screen "No" (0) and moves on, as a client does, until the screener shows `until`. */
async function answerThrough(p: Page, until: 'results' | 'problem', { started = false } = {}) {
  const screener = p.locator('attune-screener');
  if (!started) await screener.locator('[part~="start-button"]').click();
  await screener.locator('[part~="question"]').first().waitFor();
  const done = screener.locator(`[part~="${until}"]`);
  for (let step = 0; step < 30 && !(await done.count()); step++) {
    await p.evaluate(() => {
      const root = document.querySelector('attune-screener')!.shadowRoot!;
      const shown = (e: Element) => (e as HTMLElement).offsetParent !== null;
      for (const q of root.querySelectorAll('[part~="question"]'))
        if (shown(q) && !q.querySelector('input:checked')) q.querySelector<HTMLInputElement>('input[value="0"]')?.click();
      const next = ['next-button', 'review-button', 'finish-button'].map((name) => root.querySelector(`[part~="${name}"]`)).find((b) => b && shown(b));
      (next as HTMLButtonElement | undefined)?.click();
    });
    await p.waitForTimeout(50);
  }
  await done.waitFor();
}

const attuneErrors = (page: Page) => page.evaluate(() => (window as unknown as { attuneErrors: { from: string; code: string; message: string }[] }).attuneErrors);

/**
 * Whether a file was asked for as the script tag ran, before any other file could have arrived (each
 * takes LATENCY_MS): `start` and the script's `end` from Resource Timing.
 */
const askedAsTheScriptRan = (start: number | undefined, scriptEnd: number) => start !== undefined && start - scriptEnd < LATENCY_MS;

describe('the instrument wording is asked for as the script tag runs: one round trip after the script, never two', () => {
  const screener = '<attune-screener instrument="pcl-5"></attune-screener>';
  for (const [where, page] of [
    ['a script after the element', { body: `${screener}${SCRIPT}` }],
    ['a script in <head>, before the element is parsed', { head: SCRIPT, body: screener }],
    ['a defer script in <head>', { head: SCRIPT.replace('<script ', '<script defer '), body: screener }],
    ['an async script in <head>', { head: SCRIPT.replace('<script ', '<script async '), body: screener }],
    ['a script before the element, in <body>', { body: `${SCRIPT}${screener}` }],
  ] as const) {
    it(where, async () => {
      const { page: p, requests, errors } = await open(page);
      await p.locator('attune-screener [part~="start-button"]').waitFor();
      const timing = await wordingTiming(p, 'pcl-5');
      // the wording was asked for as the script ran: it waited for no other file
      expect(timing.wordingStart).toBeGreaterThanOrEqual(0);
      expect(askedAsTheScriptRan(timing.wordingStart, timing.scriptEnd)).toBe(true);
      // what a page with one screener fetches for its first screen: nothing else, nothing from elsewhere
      // (the review and results come afterwards, with the module that hands them the script's code)
      const later = ['/client/finish-screens.js', '/client/completion.js', '/client/attune.js'];
      const firstScreen = requests.filter((r) => !later.some((f) => r.endsWith(f)));
      expect(firstScreen.sort()).toEqual(['/', '/attune/attune.iife.js', '/attune/instruments/pcl-5.js'].sort());
      expect(errors).toEqual([]);
      expect(await attuneErrors(p)).toEqual([]);
      await p.close();
    });
  }

  it('a battery: its code and each of its instruments, at once', async () => {
    const { page: p, requests } = await open({ body: `<attune-battery instruments="pc-ptsd-5 pcl-5"></attune-battery>${SCRIPT}` });
    await p.locator('attune-battery [part~="start-button"]').first().waitFor();
    const starts = await p.evaluate(() =>
      Object.fromEntries(
        performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, { start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd }]),
      ),
    );
    const scriptEnd = starts['/attune/attune.iife.js']!.end;
    for (const file of ['client/attune-battery.js', 'client/completion.js', 'client/finish-screens.js', 'instruments/pc-ptsd-5.js', 'instruments/pcl-5.js'])
      expect(askedAsTheScriptRan(starts[`/attune/${file}`]?.start, scriptEnd), file).toBe(true);
    expect(requests.every((r) => r.startsWith('/'))).toBe(true);
    await p.close();
  });

  it('a Spanish page: the Spanish strings too', async () => {
    const { page: p } = await open({ body: `<attune-screener instrument="phq-9" locale="es-MX"></attune-screener>${SCRIPT}` });
    await p.locator('attune-screener [part~="start-button"]').waitFor();
    const timing = await wordingTiming(p, 'phq-9');
    const spanish = await p.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('/i18n/es.js'))!.startTime);
    expect(askedAsTheScriptRan(spanish, timing.scriptEnd)).toBe(true);
    expect(askedAsTheScriptRan(timing.wordingStart, timing.scriptEnd)).toBe(true);
    await p.close();
  });
});

describe('the first screen', () => {
  // what the client saw each time the screener's shadow root changed: "Leave this page", and Start
  const watchScreens = (p: Page) =>
    p.addInitScript(() => {
      const seen: [boolean, boolean][] = [];
      (window as unknown as { screens: typeof seen }).screens = seen;
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        const look = () => seen.push([!!root.querySelector('[part~="exit-button"]'), !!root.querySelector('[part~="start-button"]')]);
        new MutationObserver(look).observe(root, { childList: true, subtree: true });
        return root;
      };
    });
  const screens = (p: Page) => p.evaluate(() => (window as unknown as { screens: [boolean, boolean][] }).screens);

  it('the introduction comes with the first render: "Leave this page" never shows alone while the wording is on its way', async () => {
    body = '';
    const p = await browser.newPage();
    await watchScreens(p);
    body = `<attune-screener instrument="pcl-5"></attune-screener>${SCRIPT}`;
    await p.goto(`${origin}/`);
    await p.locator('attune-screener [part~="start-button"]').waitFor();
    const seen = await screens(p);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toEqual([true, true]);
    await p.close();
  });

  it('wording much slower than the code: "Leave this page" shows first, then the introduction once the wording arrives', async () => {
    slow = { 'instruments/pcl-5.js': 1000 };
    const p = await browser.newPage();
    await watchScreens(p);
    body = `<attune-screener instrument="pcl-5"></attune-screener>${SCRIPT}`;
    await p.goto(`${origin}/`);
    await p.locator('attune-screener [part~="start-button"]').waitFor();
    slow = {};
    const seen = await screens(p);
    expect(seen[0]).toEqual([true, false]);
    expect(seen.at(-1)).toEqual([true, true]);
    await p.close();
  });
});

describe('the battery’s code, only on a page with a battery', () => {
  it('a page with a screener never asks for it, through to the results', async () => {
    const { page: p, requests } = await open({ body: `<attune-screener instrument="pc-ptsd-5"></attune-screener>${SCRIPT}` });
    await answerThrough(p, 'results');
    expect(requests.filter((r) => r.includes('battery'))).toEqual([]);
    expect(await p.evaluate(() => customElements.get('attune-battery'))).toBeUndefined();
    await p.close();
  });

  it('a battery a framework adds after the page has loaded is registered and runs', async () => {
    const { page: p } = await open({ body: `<main></main>${SCRIPT}` });
    await p.waitForFunction(() => customElements.get('attune-screener'));
    await p.evaluate(() => {
      const battery = document.createElement('attune-battery');
      battery.setAttribute('instruments', 'pc-ptsd-5');
      document.querySelector('main')!.append(battery);
    });
    await p.locator('attune-battery [part~="start-button"]').first().waitFor();
    expect(await attuneErrors(p)).toEqual([]);
    await p.close();
  });
});

/** When each of the library's files started downloading and finished, by path (Resource Timing). */
const resourceTimes = (p: Page) =>
  p.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, { start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd }])),
  );

/** The files only some pages need: save and resume's work, the storage work, submitting, paged mode's screen. */
const OPTIONAL_FILES = [
  'client/save-resume-work.js',
  'client/load-persistence.js',
  'attune-persist.js',
  'client/submission-work.js',
  'client/snapshot-store.js',
  'client/paged-screen.js',
];

describe('what only some pages need loads only for them, hinted from the element’s attributes', () => {
  it('a screener with neither persist, submit-url nor mode="paged" never asks for save and resume, submitting or paged mode, through to the results', async () => {
    const { page: p, requests, errors } = await open({ body: `<attune-screener instrument="pc-ptsd-5" results="summary"></attune-screener>${SCRIPT}` });
    await answerThrough(p, 'results');
    expect(requests.filter((r) => OPTIONAL_FILES.some((f) => r === `/attune/${f}`))).toEqual([]);
    // finishing still scores, through the finish screens' file
    expect(await p.locator('attune-screener [part~="summary"]').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(await attuneErrors(p)).toEqual([]);
    await p.close();
  });

  it('mode="paged": its screen is asked for as the script runs, and the questions come one at a time', async () => {
    const { page: p, errors } = await open({ body: `<attune-screener instrument="pc-ptsd-5" mode="paged"></attune-screener>${SCRIPT}` });
    const screener = p.locator('attune-screener');
    await screener.locator('[part~="start-button"]').click();
    await screener.locator('[part~="progress"]').waitFor();
    expect(await screener.locator('[part~="progress"]').textContent()).toContain('Question 1 of');
    expect(await screener.locator('[part~="question"]').count()).toBe(1);
    const times = await resourceTimes(p);
    expect(askedAsTheScriptRan(times['/attune/client/paged-screen.js']?.start, times['/attune/attune.iife.js']!.end)).toBe(true);
    await answerThrough(p, 'results', { started: true });
    expect(errors).toEqual([]);
    expect(await attuneErrors(p)).toEqual([]);
    await p.close();
  });

  it('persist="session"": save and resume’s work and the storage work are asked for as the script runs, and a reload offers the answers back', async () => {
    const { page: p, errors } = await open({ body: `<attune-screener instrument="pc-ptsd-5" persist="session"></attune-screener>${SCRIPT}` });
    const screener = p.locator('attune-screener');
    await screener.locator('[part~="persist-note"]').waitFor();
    const times = await resourceTimes(p);
    for (const file of ['client/save-resume-work.js', 'attune-persist.js'])
      expect(askedAsTheScriptRan(times[`/attune/${file}`]?.start, times['/attune/attune.iife.js']!.end), file).toBe(true);
    await screener.locator('[part~="start-button"]').click();
    await screener.locator('input[value="1"]').first().click();
    await p.waitForFunction(() => Object.keys(sessionStorage).some((k) => k.startsWith('attune')));
    await p.reload();
    await screener.locator('[part~="resume-button"]').click();
    expect(await screener.locator('input[value="1"]').first().isChecked()).toBe(true);
    expect(errors).toEqual([]);
    expect(await attuneErrors(p)).toEqual([]);
    await p.close();
  });

  it('submit-url: the work of submitting is asked for as the script runs, and the answers reach the endpoint', async () => {
    submissions = [];
    const { page: p, errors } = await open({ body: `<attune-screener instrument="pc-ptsd-5" submit-url="/intake"></attune-screener>${SCRIPT}` });
    await p.locator('attune-screener [part~="start-button"]').waitFor();
    const times = await resourceTimes(p);
    for (const file of ['client/submission-work.js', 'client/snapshot-store.js'])
      expect(askedAsTheScriptRan(times[`/attune/${file}`]?.start, times['/attune/attune.iife.js']!.end), file).toBe(true);
    await answerThrough(p, 'results');
    const status = p.locator('attune-screener [part~="submission-status"]');
    await p.waitForFunction(() => document.querySelector('attune-screener')!.shadowRoot!.querySelector('[part~="submission-status"]')?.getAttribute('data-state') === 'sent');
    expect(await status.textContent()).toBe('Your answers have reached the practice.');
    expect(submissions).toHaveLength(1);
    expect((submissions[0] as { instrument: { id: string } }).instrument.id).toBe('pc-ptsd-5');
    expect(errors).toEqual([]);
    expect(await attuneErrors(p)).toEqual([]);
    await p.close();
  });
});

describe('a client quicker than a file that arrives later: nothing is lost, nothing happens twice', () => {
  afterAll(() => {
    slow = {};
  });

  it('finishing before the finish screens (and scoring) arrive finishes once, as soon as they do', async () => {
    slow = { 'client/finish-screens.js': 1500, 'client/completion.js': 1500 };
    const { page: p, errors } = await open({ body: `<attune-screener instrument="pc-ptsd-5" results="summary"></attune-screener>${SCRIPT}` });
    await p.evaluate(() => {
      const w = window as unknown as { completes: unknown[] };
      w.completes = [];
      document.addEventListener('attune-complete', (e) => w.completes.push((e as CustomEvent).detail));
    });
    const screener = p.locator('attune-screener');
    await screener.locator('[part~="start-button"]').click();
    // every answer "No", then Finish twice, all before the finish screens' file has arrived
    await p.evaluate(() => {
      const root = document.querySelector('attune-screener')!.shadowRoot!;
      for (const q of root.querySelectorAll('[part~="question"]')) q.querySelector<HTMLInputElement>('input[value="0"]')?.click();
    });
    await p.evaluate(() => {
      const finish = document.querySelector('attune-screener')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="finish-button"]')!;
      finish.click();
      finish.click();
    });
    expect(await p.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/client/completion.js')))).toBe(false);
    await screener.locator('[part~="summary"]').waitFor();
    const completes = await p.evaluate(() => (window as unknown as { completes: { result: { instrument: { id: string } } }[] }).completes);
    expect(completes).toHaveLength(1);
    expect(completes[0]!.result.instrument.id).toBe('pc-ptsd-5');
    expect(errors).toEqual([]);
    expect(await attuneErrors(p)).toEqual([]);
    await p.close();
  });

  it('answers given before save and resume’s work arrives are saved once it does', async () => {
    slow = { 'client/save-resume-work.js': 1500 };
    const { page: p, errors } = await open({ body: `<attune-screener instrument="pc-ptsd-5" persist="session"></attune-screener>${SCRIPT}` });
    const screener = p.locator('attune-screener');
    await screener.locator('[part~="start-button"]').click();
    await screener.locator('input[value="1"]').first().click();
    expect(await p.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/client/save-resume-work.js')))).toBe(false);
    await p.waitForFunction(() => Object.keys(sessionStorage).some((k) => k.startsWith('attune:')), undefined, { timeout: 10_000 });
    slow = {};
    await p.reload();
    await screener.locator('[part~="resume-button"]').click();
    expect(await screener.locator('input[value="1"]').first().isChecked()).toBe(true);
    expect(errors).toEqual([]);
    expect(await attuneErrors(p)).toEqual([]);
    await p.close();
  });
});

describe('a file of the script tag missing beside it: said in the widget, and as attune-error', () => {
  afterAll(() => {
    missing = [];
  });

  it('the module handing the script’s code to its later files (client/attune.js): the questions still run, and finishing says what could not load', async () => {
    missing = ['client/attune.js'];
    const { page: p } = await open({ body: `<attune-screener instrument="pc-ptsd-5"></attune-screener>${SCRIPT}` });
    await answerThrough(p, 'problem');
    const problem = p.locator('attune-screener [part~="problem"]');
    expect(await problem.getAttribute('role')).toBe('alert');
    expect(await problem.textContent()).toContain('Nothing you have answered is lost');
    expect(await problem.textContent()).toContain('could not be loaded from beside the script');
    expect(await p.locator('attune-screener [part~="question"] input:checked').count()).toBeGreaterThan(0);
    const errors = await attuneErrors(p);
    expect(errors.map((e) => [e.from, e.code])).toEqual([['attune-screener', 'unavailable']]);
    expect(errors[0]!.message).toContain('(copy every file of dist/ together)');
    await p.close();
  });

  it('the battery’s code (client/attune-battery.js): the battery says so, a screener beside it still runs', async () => {
    missing = ['client/attune-battery.js'];
    const { page: p } = await open({ body: `<attune-screener instrument="pc-ptsd-5"></attune-screener><attune-battery instruments="pcl-5"></attune-battery>${SCRIPT}` });
    await p.locator('attune-battery [part~="problem"]').waitFor();
    expect(await p.locator('attune-battery [part~="problem"]').textContent()).toContain('client/attune-battery.js could not be loaded from beside the script');
    await p.locator('attune-screener [part~="start-button"]').waitFor();
    expect((await attuneErrors(p)).map((e) => [e.from, e.code])).toEqual([['attune-battery', 'unavailable']]);
    await p.close();
  });

  it('paged mode’s screen (client/paged-screen.js): the introduction still shows, and starting says so', async () => {
    missing = ['client/paged-screen.js'];
    const { page: p } = await open({ body: `<attune-screener instrument="pc-ptsd-5" mode="paged"></attune-screener>${SCRIPT}` });
    await p.locator('attune-screener [part~="start-button"]').click();
    const problem = p.locator('attune-screener [part~="problem"]');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Nothing you have answered is lost');
    expect(await problem.textContent()).toContain('client/paged-screen.js could not be loaded from beside the script');
    // the way out stays on screen
    expect(await p.locator('attune-screener [part~="exit-button"]').count()).toBe(1);
    expect((await attuneErrors(p)).map((e) => [e.from, e.code])).toEqual([['attune-screener', 'unavailable']]);
    await p.close();
  });

  it('save and resume’s work (client/save-resume-work.js): the client is told answers are not saved, and the questionnaire still runs to the results', async () => {
    missing = ['client/save-resume-work.js'];
    const { page: p } = await open({ body: `<attune-screener instrument="pc-ptsd-5" persist="session"></attune-screener>${SCRIPT}` });
    const notice = p.locator('attune-screener [part~="notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).toBe('This browser cannot save your answers, so they will be lost if you leave or reload this page.');
    const errors = await attuneErrors(p);
    expect(errors.map((e) => [e.from, e.code])).toEqual([['attune-screener', 'unavailable']]);
    expect(errors[0]!.message).toContain('client/save-resume-work.js could not be loaded from beside the script');
    await answerThrough(p, 'results');
    await p.close();
  });

  it('the review and results (client/finish-screens.js): the questions still run, and finishing says so', async () => {
    missing = ['client/finish-screens.js'];
    const { page: p } = await open({ body: `<attune-screener instrument="pc-ptsd-5"></attune-screener>${SCRIPT}` });
    await answerThrough(p, 'problem');
    expect(await p.locator('attune-screener [part~="problem"]').textContent()).toContain('client/finish-screens.js could not be loaded from beside the script');
    expect((await attuneErrors(p)).map((e) => [e.from, e.code])).toEqual([['attune-screener', 'unavailable']]);
    await p.close();
  });

  it('finishing while the review and results cannot load: the questions and their support stay, and a later try finishes once the file is back', async () => {
    missing = ['client/finish-screens.js'];
    const { page: p } = await open({ body: `<attune-screener instrument="phq-9"></attune-screener>${SCRIPT}` });
    const screener = p.locator('attune-screener');
    await screener.locator('[part~="start-button"]').click();
    const questions = screener.locator('[part~="question"]');
    await questions.first().waitFor();
    const count = await questions.count();
    // every question "not at all", the thoughts-of-self-harm question "several days": support is shown
    for (let i = 0; i < count; i++)
      await questions
        .nth(i)
        .locator(`input[value="${i === 8 ? 1 : 0}"]`)
        .check();
    await expect.poll(() => screener.locator('[part~="safety"]').count()).toBe(1);
    await screener.locator('[part~="finish-button"]').click();
    await screener.locator('[part~="problem"]').waitFor();
    expect(await screener.locator('[part~="problem"]').textContent()).toContain('client/finish-screens.js could not be loaded from beside the script');
    // nothing answered is gone, and the support once shown is still there
    expect(await questions.count()).toBe(count);
    expect(await screener.locator('[part~="question"] input:checked').count()).toBe(count);
    expect(await screener.locator('[part~="safety"]').count()).toBe(1);
    // the file is back (the network, or the practice's copy): Finish again completes, once
    missing = [];
    const completed = p.evaluate(
      () => new Promise<number>((resolve) => document.addEventListener('attune-complete', (e) => resolve((e as CustomEvent).detail.result.scales.total), { once: true })),
    );
    await screener.locator('[part~="finish-button"]').click();
    expect(await completed).toBe(1);
    await screener.locator('[part~="results"]').waitFor();
    expect(await screener.locator('[part~="problem"]').count()).toBe(0);
    expect(await screener.locator('[part~="safety"]').count()).toBe(1);
    expect((await attuneErrors(p)).map((e) => [e.from, e.code])).toEqual([['attune-screener', 'unavailable']]);
    await p.close();
  });
});
