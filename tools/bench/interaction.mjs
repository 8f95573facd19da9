// Interaction: a real mouse click (CDP input events) on an answer, timed from the click event to the
// next painted frame; and in paged mode from the click on "Next" to the next question painted.
import { load } from './render.mjs';
import { ITEMS, LIBRARIES, OPTIONS_PER_ITEM, itemText } from './cases.mjs';
import { stats } from './stats.mjs';

const CHOICE = 'Moderately';

async function timedClick(page, locator, then) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('bench: the target is not visible');
  // the listener is in place before the click is sent
  await page.evaluate((t) => {
    window.__pendingClick = window.__bench.nextClick(t);
  }, then);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const { clickAt, paintAt } = await page.evaluate(() => window.__pendingClick);
  return paintAt - clickAt;
}

/** Answers questions 1..k of a page that shows all 20, timing each click. */
async function clicksOnPage(page, k) {
  const out = [];
  for (let q = 0; q < k; q++) {
    const label = page.getByText(CHOICE, { exact: true }).nth(q);
    await label.scrollIntoViewIfNeeded();
    out.push(await timedClick(page, label));
    if (!(await page.getByRole('radio', { name: CHOICE }).nth(q).isChecked())) throw new Error(`bench: the click did not choose "${CHOICE}" for question ${q + 1}`);
  }
  return out;
}

/** Paged mode: answer the current question, then time "Next" until question q+1 is painted. */
async function nextsPaged(page, k) {
  const out = [];
  for (let q = 1; q <= k; q++) {
    await page.getByText(CHOICE, { exact: true }).first().click();
    out.push(await timedClick(page, page.getByRole('button', { name: /^Next/ }).first(), { text: itemText(q + 1) }));
  }
  return out;
}

export async function interaction(browser, origin, { loads, perLoad = 5, log }) {
  const click = Object.fromEntries(LIBRARIES.map((l) => [l.id, []]));
  const next = Object.fromEntries(LIBRARIES.map((l) => [l.id, []]));
  const deadline = Date.now() + 3 * 60_000;
  for (let i = 0; i < loads && Date.now() < deadline; i++) {
    for (const lib of LIBRARIES) {
      let s = await load(browser, origin, lib, {}, { radios: ITEMS * OPTIONS_PER_ITEM });
      click[lib.id].push(...(await clicksOnPage(s.page, perLoad)));
      await s.ctx.close();
      if (!lib.paged) continue;
      s = await load(browser, origin, lib, { mode: 'paged' }, { text: itemText(1) });
      next[lib.id].push(...(await nextsPaged(s.page, perLoad)));
      await s.ctx.close();
    }
    log?.(`  interaction: ${i + 1} of ${loads} loads`);
  }
  return LIBRARIES.map((lib) => ({ lib, click: stats(click[lib.id]), next: next[lib.id].length ? stats(next[lib.id]) : undefined }));
}
