// Every documented bad-input case (README "Bad input never breaks the host page", the attune-error
// codes, each attribute's JSDoc), as a practice meets it: a plain page of its own loading only the
// built dist/attune.iife.js, which loads its other files (attune-validate.js, instruments/<id>.js,
// i18n/<locale>.js) from beside itself. Errors raised in one of those files must still reach the page
// with their own code and problems by path: before the AttuneError brand, an invalid definition
// crossed the validator's bundle boundary as `code: 'unavailable'` with no problems.
// Run `npm run build` first (`npm test` does).
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { applyTextPack, instruments, isAttuneError, parseDefinition, type Problem } from '../../src/core.js';
import { file, launchChromium, serveLocally, type LocalServer } from '../../tools/test-support/local-server.mjs';

const root = new URL('../../', import.meta.url).pathname;

interface Detail {
  code: string;
  message: string;
  problems: Problem[];
  /** Which element fired it (added by the page's listener). */
  from: string;
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our practice</title></head>
<body><h1>Our practice</h1><script src="/attune/attune.iife.js"></script></body></html>`;

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
/** An IES-R text pack with item 7 left out and an item 23 the instrument does not have. */
const badPack = {
  instrument: 'ies-r',
  version: '1.0.0',
  permission: 'Test wording, not the published items',
  items: Object.fromEntries([...ids(1, 22).filter((id) => id !== '7'), '23'].map((id) => [id, `Test item ${id}`])),
  options: { '0': 'Zero', '4': 'Four' },
};

// the practice's own files, beside its page
const forms: Record<string, string> = {
  '/forms/not-json.json': '{ "id": "practice-checkin", ',
  '/forms/ies-r.bad-pack.json': JSON.stringify(badPack),
  '/forms/ies-r.not-json.json': 'items: none',
};

/** What the validator in Node says about the same input: the widget must report exactly that. */
function problemsInNode(run: () => unknown): Problem[] {
  try {
    run();
  } catch (error) {
    if (isAttuneError(error)) return error.problems;
    throw error;
  }
  throw new Error('expected the input to be refused');
}

let server: LocalServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  server = await serveLocally((path) => {
    if (path === '/') return { body: PAGE };
    if (Object.hasOwn(forms, path)) return { body: forms[path]!, type: 'application/json' };
    // the practice copied every file of dist/ to /attune/
    if (path.startsWith('/attune/')) return file(join(root, 'dist', normalize(path.slice('/attune/'.length))));
    if (path.startsWith('/fixtures/')) return file(join(root, 'tests/browser/fixtures', normalize(path.slice('/fixtures/'.length))));
    return undefined;
  });
  browser = await launchChromium();
}, 30000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page of the practice's (its own storage), with every attune-error recorded from the start. */
async function open(): Promise<Page> {
  await context?.close();
  context = await browser.newContext();
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.addInitScript(() => {
    const w = window as unknown as { attuneErrors: unknown[] };
    w.attuneErrors = [];
    document.addEventListener('attune-error', (e) => {
      const { code, message, problems } = (e as CustomEvent).detail;
      w.attuneErrors.push({ code, message, problems, from: (e.target as Element).tagName.toLowerCase() });
    });
  });
  await page.goto(`${server.origin}/`);
  return page;
}

/** Puts markup in the page as a practice's HTML would. */
async function place(markup: string): Promise<void> {
  await page.evaluate((m) => document.body.insertAdjacentHTML('beforeend', m), markup);
}

/** The attune-error details so far, once there are at least `count`. */
async function errors(count = 1): Promise<Detail[]> {
  await page.waitForFunction((n) => (window as unknown as { attuneErrors: unknown[] }).attuneErrors.length >= n, count, { timeout: 10000 });
  return page.evaluate(() => (window as unknown as { attuneErrors: Detail[] }).attuneErrors);
}

/** Waits for the widget to settle into `state` (a part name), then gives every error a moment to be fired. */
async function settled(tag: string, state: string): Promise<void> {
  await page.locator(`${tag} [part~="${state}"]`).first().waitFor({ timeout: 10000 });
  await page.evaluate((t) => (document.querySelector(t) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete, tag);
}

const problemText = (tag = 'attune-screener') => page.locator(`${tag} [part~="problem"]`).textContent();
const problemLines = (tag = 'attune-screener') => page.locator(`${tag} [part~="problem"] li`).allTextContents();
const CALM = 'This questionnaire cannot be shown right now';

describe("a practice's own definition, through the script tag and its lazily loaded validator", () => {
  it('el.definition = { id, version } alone: invalid-definition with every problem by path, shown in the widget', async () => {
    await open();
    await page.evaluate(() => {
      const el = document.createElement('attune-screener') as HTMLElement & { definition: unknown };
      el.definition = { id: 'x', version: '1' };
      document.body.append(el);
    });
    const [detail, ...more] = await errors();
    await settled('attune-screener', 'problem');
    expect(more).toEqual([]);
    expect(detail!.code).toBe('invalid-definition');
    expect(detail!.from).toBe('attune-screener');
    // the same fields as the validator names in Node (whose wording may differ there: a process that also
    // imports full zod gets zod's English messages instead of the library's own)
    expect(detail!.problems.map((p) => p.path)).toEqual(problemsInNode(() => parseDefinition({ id: 'x', version: '1' })).map((p) => p.path));
    expect(detail!.problems).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'expected string' },
        { path: 'minutes', message: 'expected number' },
        { path: 'licence', message: 'expected object' },
        { path: 'items', message: 'expected array' },
        { path: 'scales', message: 'expected array' },
      ]),
    );
    expect(await problemText()).toContain(CALM);
    expect(await problemLines()).toEqual(detail!.problems.map((p) => `${p.path}: ${p.message}`));
    expect(pageErrors).toEqual([]);
  });

  it('src= a definition with mistakes: invalid-definition naming items[3].options, in the event and the widget', async () => {
    await open();
    await place('<attune-screener src="/fixtures/broken.definition.json"></attune-screener>');
    const all = await errors();
    await settled('attune-screener', 'problem');
    expect(all.map((e) => e.code)).toEqual(['invalid-definition']);
    expect(all[0]!.problems).toContainEqual({ path: 'items[3].options', message: 'at least 2 options' });
    expect(await problemLines()).toContain('items[3].options: at least 2 options');
  });

  it('src= a file that is not JSON: unavailable, saying so; src= a file that is not there: unavailable with the HTTP status', async () => {
    await open();
    await place('<attune-screener src="/forms/not-json.json"></attune-screener>');
    const [notJson] = await errors();
    await settled('attune-screener', 'problem');
    expect(notJson!.code).toBe('unavailable');
    expect(notJson!.message).toContain('"/forms/not-json.json" is not valid JSON');
    expect(await problemText()).toContain('Nothing you have answered is lost');

    await open();
    await place('<attune-screener src="/forms/missing.json"></attune-screener>');
    const [missing] = await errors();
    expect(missing!.code).toBe('unavailable');
    expect(missing!.message).toContain('HTTP 404');
  });

  it('an instrument that is not built in: unknown-instrument, naming the ones that are', async () => {
    await open();
    await place('<attune-screener instrument="pcl-6"></attune-screener>');
    const [detail] = await errors();
    await settled('attune-screener', 'problem');
    expect(detail!.code).toBe('unknown-instrument');
    expect(detail!.message).toContain('"pcl-6"');
    expect(detail!.message).toContain(Object.keys(instruments).join(', '));
  });
});

describe('the IES-R text pack, through the script tag, instruments/ies-r.js and the validator', () => {
  it('no text pack: text-pack-required, and a calm message instead of wordless questions', async () => {
    await open();
    await place('<attune-screener instrument="ies-r"></attune-screener>');
    const all = await errors();
    await settled('attune-screener', 'problem');
    expect(all.map((e) => e.code)).toEqual(['text-pack-required']);
    expect(all[0]!.message).toMatch(/text pack/i);
    expect(await problemText()).toContain(CALM);
    expect(await page.locator('attune-screener [part~="question"]').count()).toBe(0);
  });

  it('a pack with an item missing and one too many: invalid-text-pack with both by path (text-pack-src and the property)', async () => {
    const expected = problemsInNode(() => applyTextPack(instruments['ies-r']!, badPack));
    expect(expected.map((p) => p.path)).toEqual(expect.arrayContaining(['items.7', 'items.23']));

    await open();
    await place('<attune-screener instrument="ies-r" text-pack-src="/forms/ies-r.bad-pack.json"></attune-screener>');
    const [fromFile] = await errors();
    await settled('attune-screener', 'problem');
    expect(fromFile!.code).toBe('invalid-text-pack');
    expect(fromFile!.problems).toEqual(expected);
    expect(await problemLines()).toEqual(expected.map((p) => `${p.path}: ${p.message}`));

    await open();
    await page.evaluate((pack) => {
      const el = document.createElement('attune-screener') as HTMLElement & { textPack: unknown };
      el.setAttribute('instrument', 'ies-r');
      el.textPack = pack;
      document.body.append(el);
    }, badPack);
    const [fromProperty] = await errors();
    expect(fromProperty!.code).toBe('invalid-text-pack');
    expect(fromProperty!.problems).toEqual(expected);
  });

  it('text-pack-src= a file that is not JSON: unavailable, saying so', async () => {
    await open();
    await place('<attune-screener instrument="ies-r" text-pack-src="/forms/ies-r.not-json.json"></attune-screener>');
    const [detail] = await errors();
    expect(detail!.code).toBe('unavailable');
    expect(detail!.message).toContain('is not valid JSON');
  });
});

describe('stored answers that cannot be used (persist="session")', () => {
  for (const [what, stored, says] of [
    ['corrupt', '{"format":1,"instrument":{"id":"pcl-5"', undefined],
    [
      'from another version',
      JSON.stringify({ format: 1, instrument: { id: 'pcl-5', version: '0.9.0' }, stage: 'questions', index: 3, answers: { 1: 2, 2: 2 }, raised: [] }),
      'version 0.9.0',
    ],
  ] as const) {
    it(`${what}: invalid-stored-state, a calm notice, a fresh start, and the snapshot removed`, async () => {
      await open();
      await page.evaluate((s) => sessionStorage.setItem('attune:pcl-5', s), stored);
      await place('<attune-screener instrument="pcl-5" persist="session"></attune-screener>');
      const all = await errors();
      await settled('attune-screener', 'intro');
      expect(all.map((e) => e.code)).toEqual(['invalid-stored-state']);
      if (says) expect(all[0]!.message).toContain(says);
      expect(await page.locator('attune-screener [part~="notice"]').textContent()).toBe(
        'Your earlier answers could not be brought back, so the questionnaire starts from the beginning.',
      );
      expect(await page.locator('attune-screener [part~="resume"]').count()).toBe(0);
      expect(await page.evaluate(() => sessionStorage.getItem('attune:pcl-5'))).toBe(null);
      await page.locator('attune-screener [part~="start-button"]').click();
      expect(await page.evaluate(() => (document.querySelector('attune-screener') as HTMLElement & { answers: object }).answers)).toEqual({});
    });
  }
});

describe('bad attributes of <attune-screener>: each reported, each falling back, nothing lost', () => {
  // each bad attribute or property of the screener: what its message names, and which problems by path
  const cases: { name: string; attribute?: [string, string]; property?: [string, unknown]; message: string[]; problems?: string[] }[] = [
    { name: 'mode', attribute: ['mode', 'sideways'], message: ['mode="sideways"', 'using "page"'] },
    { name: 'results', attribute: ['results', 'everything'], message: ['results="everything"', 'using "none"'] },
    { name: 'persist', attribute: ['persist', 'forever'], message: ['persist="forever"', 'nothing is stored'] },
    { name: 'locale', attribute: ['locale', 'xx-YY'], message: ['locale="xx-YY"', 'using English'] },
    { name: 'exit-url', attribute: ['exit-url', 'javascript:alert(1)'], message: ['exit-url="javascript:alert(1)"', 'not an http(s) address', 'about:blank'] },
    { name: 'cutoff', attribute: ['cutoff', '99'], message: ['pcl-5', 'Using the defaults'], problems: ['cutoff'] },
    {
      name: 'crisis resources',
      property: ['crisisResources', [{ name: '' }, { name: 'Helpline', url: 'ftp://help.example' }, { name: 'Practice', phone: '555 0100' }]],
      message: ['crisis resources are not valid'],
      problems: ['crisisResources[0]', 'crisisResources[1]'],
    },
    { name: 'color-scheme', attribute: ['color-scheme', 'purple'], message: ['color-scheme="purple"'] },
  ];

  for (const c of cases) {
    it(`${c.name}: invalid-attribute naming it, and the questionnaire still runs`, async () => {
      await open();
      await page.evaluate(
        ({ attribute, property }) => {
          const el = document.createElement('attune-screener');
          el.setAttribute('instrument', 'pcl-5');
          if (attribute) el.setAttribute(attribute[0], attribute[1]);
          if (property) (el as unknown as Record<string, unknown>)[property[0]] = property[1];
          document.body.append(el);
        },
        { attribute: c.attribute, property: c.property },
      );
      const all = await errors();
      await settled('attune-screener', 'start-button');
      expect(all.map((e) => e.code)).toEqual(['invalid-attribute']);
      for (const part of c.message) expect(all[0]!.message).toContain(part);
      if (c.problems) expect(all[0]!.problems.map((p) => p.path)).toEqual(c.problems);
      expect(await page.locator('attune-screener [part~="problem"]').count()).toBe(0);
      await page.locator('attune-screener [part~="start-button"]').click();
      // the safe fallback of each is its default: page mode shows all 20 questions at once, English text
      expect(await page.locator('attune-screener [part~="question"]').count()).toBe(20);
      expect(await page.locator('attune-screener [part~="exit-button"]').first().textContent()).toBe('Leave this page');
      if (c.name === 'persist') {
        await page.locator('attune-screener #question-1 input[value="2"]').click();
        expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
      }
      expect(pageErrors).toEqual([]);
    });
  }

  it('set mid-questionnaire, one after another: each reported, and every answer already given stays', async () => {
    await open();
    await place('<attune-screener instrument="pcl-5"></attune-screener>');
    await settled('attune-screener', 'start-button');
    await page.evaluate(() => {
      const w = window as unknown as { changes: unknown[] };
      w.changes = [];
      document.addEventListener('attune-change', (e) => w.changes.push((e as CustomEvent).detail.answers));
    });
    await page.locator('attune-screener [part~="start-button"]').click();
    await page.locator('attune-screener #question-1 input[value="3"]').click();
    await page.locator('attune-screener #question-2 input[value="1"]').click();
    const answers = () => page.evaluate(() => (document.querySelector('attune-screener') as HTMLElement & { answers: object }).answers);
    expect(await answers()).toEqual({ 1: 3, 2: 1 });

    let count = 0;
    for (const c of cases) {
      await page.evaluate(
        ({ attribute, property }) => {
          const el = document.querySelector('attune-screener')!;
          if (attribute) el.setAttribute(attribute[0], attribute[1]);
          if (property) (el as unknown as Record<string, unknown>)[property[0]] = property[1];
        },
        { attribute: c.attribute, property: c.property },
      );
      const all = await errors(++count);
      expect(all[count - 1]!.code, c.name).toBe('invalid-attribute');
      for (const part of c.message) expect(all[count - 1]!.message, c.name).toContain(part);
      expect(await answers(), c.name).toEqual({ 1: 3, 2: 1 });
    }
    expect(await page.locator('attune-screener [part~="problem"]').count()).toBe(0);
    expect(await page.locator('attune-screener #question-1 input[value="3"]').isChecked()).toBe(true);
    expect(await page.locator('attune-screener #question-2 input[value="1"]').isChecked()).toBe(true);
    await page.locator('attune-screener #question-3 input[value="4"]').click();
    const changes = await page.evaluate(() => (window as unknown as { changes: object[] }).changes);
    expect(changes.at(-1)).toEqual({ 1: 3, 2: 1, 3: 4 });
    expect(pageErrors).toEqual([]);
  });
});

describe('bad attributes of <attune-battery>', () => {
  it('instruments naming one that is not built in, or none: unknown-instrument, and a calm message', async () => {
    await open();
    await place('<attune-battery instruments="pc-ptsd-5 pcl-6"></attune-battery>');
    const [unknown] = await errors();
    await settled('attune-battery', 'problem');
    expect(unknown!.code).toBe('unknown-instrument');
    expect(unknown!.from).toBe('attune-battery');
    expect(unknown!.message).toContain('"pcl-6"');
    expect(await problemText('attune-battery')).toContain('cannot be shown');

    await open();
    await place('<attune-battery instruments=" "></attune-battery>');
    const [none] = await errors();
    expect(none!.code).toBe('unknown-instrument');
    expect(none!.message).toContain('No instruments given');
  });

  it('instruments naming one twice: invalid-attribute, and it is asked once', async () => {
    await open();
    await place('<attune-battery instruments="gad-7 gad-7"></attune-battery>');
    const all = await errors();
    await settled('attune-battery', 'instrument-list');
    expect(all.map((e) => e.code)).toEqual(['invalid-attribute']);
    expect(all[0]!.message).toContain('names an instrument twice');
    expect(await page.locator('attune-battery [part~="instrument-list"] li').count()).toBe(1);
  });

  it('instruments naming one that needs a text pack, without one: text-pack-required saying how to give it', async () => {
    await open();
    await place('<attune-battery instruments="ies-r"></attune-battery>');
    const [detail] = await errors();
    await settled('attune-battery', 'problem');
    expect(detail!.code).toBe('text-pack-required');
    expect(detail!.message).toContain('ies-r needs a text pack');
    expect(detail!.message).toContain('textPacks');
  });

  it('an invalid gating list: invalid-attribute naming each problem by path, and the default gating used', async () => {
    await open();
    await page.evaluate(() => {
      const b = document.createElement('attune-battery') as HTMLElement & { gating: unknown };
      b.setAttribute('instruments', 'pc-ptsd-5 pcl-5');
      b.gating = [{ ask: 'pcl-5' }, { ask: 'pcl-5', when: { instrument: 'pc-ptsd-5' } }];
      document.body.append(b);
    });
    const all = await errors();
    await settled('attune-battery', 'instrument-list');
    expect(all.map((e) => e.code)).toEqual(['invalid-attribute']);
    expect(all[0]!.message).toContain('using the default');
    expect(all[0]!.problems).toEqual([
      { path: '[0].when.instrument', message: 'the id of the earlier instrument' },
      { path: '[1].when', message: 'either { rule } or { scale, atLeast }' },
    ]);
    expect(await page.locator('attune-battery [part~="problem"]').count()).toBe(0);
  });
});
