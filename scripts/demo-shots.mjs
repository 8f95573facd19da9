// Screenshots of the demo in each state, for checking by eye (not a test): .shots/<viewport>-<state>.png
// usage: npm run build && node scripts/demo-shots.mjs
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from './chromium-args.mjs';

const root = process.cwd();
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const server = createServer((req, res) => {
  try {
    const file = join(root, normalize(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html'));
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch { res.writeHead(404).end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/demo/`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: chromiumArgs });
mkdirSync('.shots', { recursive: true });

for (const viewport of [{ name: 'phone', width: 375, height: 812 }, { name: 'desktop', width: 1280, height: 900 }]) {
  const page = await browser.newPage({ viewport });
  const shot = async (state, locator) => {
    await (locator ?? page).screenshot({ path: `.shots/${viewport.name}-${state}.png` });
    console.log(`.shots/${viewport.name}-${state}.png`);
  };
  await page.goto(base);
  const pc = page.locator('attune-screener[instrument="pc-ptsd-5"]');
  const pcl = page.locator('attune-screener[instrument="pcl-5"]');
  await shot('intro');
  await pc.locator('[part~="start-button"]').click();
  await shot('pc-ptsd-5-questions', pc);
  await pc.locator('[part~="finish-button"]').click();
  await shot('pc-ptsd-5-error-summary', pc);
  await pc.locator('#question-exposure input[value="1"]').check();
  for (const id of ['1', '2', '3', '4', '5']) await pc.locator(`#question-${id} input[value="${id < '4' ? 1 : 0}"]`).check();
  await pc.locator('[part~="finish-button"]').click();
  await shot('pc-ptsd-5-summary', pc);
  await pcl.locator('[part~="start-button"]').click();
  await shot('pcl-5-paged-question', pcl);
  for (let id = 1; id <= 20; id++) {
    await pcl.locator(`#question-${id} input[value="${id % 5}"]`).check();
    await pcl.locator(id < 20 ? '[part~="next-button"]' : '[part~="finish-button"]').click();
  }
  await shot('pcl-5-full-results', pcl);
  await page.close();
}
await browser.close();
server.close();
