// Screenshots of demo/theming.html, for checking by eye (not a test): .shots/theming-<state>.png
// usage: npm run build && node tools/visual/theming-shots.mjs
import { mkdirSync } from 'node:fs';
import { launchChromium, serveFolder } from '../test-support/local-server.mjs';

const root = process.cwd();
const server = await serveFolder(root);
const url = `${server.origin}/demo/theming.html`;
const browser = await launchChromium();
mkdirSync('.shots', { recursive: true });
const errors = [];

async function open(viewport, media = {}) {
  const page = await browser.newPage({ viewport });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.emulateMedia(media);
  await page.goto(url);
  await page.locator('.harbour attune-screener [part~="start-button"]').waitFor();
  return page;
}
const shot = async (page, name, options = {}) => {
  await page.screenshot({ path: `.shots/theming-${name}.png`, ...options });
  console.log(`.shots/theming-${name}.png`);
};
const setInput = (page, selector, value) =>
  page.locator(selector).evaluate((el, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);

// as loaded: three brands
let page = await open({ width: 1440, height: 1100 });
for (const name of ['harbour', 'willow', 'northlight']) await page.locator(`.${name} attune-screener [part~="start-button"]`).click();
await shot(page, 'desktop-questions', { fullPage: true });

// a developer re-brands Willow Grove live: accent, radius, font, then forces it dark
await page.locator('input[name="practice"][value="willow"]').check();
await setInput(page, '[data-token="--attune-color-accent"]', '#0b6e4f');
await setInput(page, '[data-token="--attune-radius"]', '0');
await setInput(page, '[data-token="--attune-font-family"]', "Georgia, 'Times New Roman', serif");
await shot(page, 'desktop-willow-edited', { fullPage: true });
await page.close();

// the client's system is dark: Harbour and Willow follow it, Northlight was dark already
page = await open({ width: 1440, height: 1100 }, { colorScheme: 'dark' });
for (const name of ['harbour', 'willow']) await page.locator(`.${name} attune-screener [part~="start-button"]`).click();
await shot(page, 'desktop-dark-system', { fullPage: true });
await page.close();

// forced colours (Windows High Contrast)
page = await open({ width: 1440, height: 1100 }, { forcedColors: 'active' });
await page.locator('.harbour attune-screener [part~="start-button"]').click();
await page.locator('.harbour attune-screener #question-exposure input[value="1"]').check();
await shot(page, 'desktop-forced-colors', { fullPage: true });
await page.close();

// a phone
page = await open({ width: 390, height: 844 });
await shot(page, 'phone', { fullPage: true });
await page.close();

await browser.close();
await server.close();
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
