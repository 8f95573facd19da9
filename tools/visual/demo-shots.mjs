// Screenshots of the demo in each state, for checking by eye (not a test): .shots/<viewport>-<state>.png
// usage: npm run build && node tools/visual/demo-shots.mjs
import { mkdirSync } from 'node:fs';
import { launchChromium, serveFolder } from '../test-support/local-server.mjs';

const root = process.cwd();
const server = await serveFolder(root);
const base = `${server.origin}/demo/`;
const browser = await launchChromium();
mkdirSync('.shots', { recursive: true });

for (const viewport of [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
]) {
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
    await pcl.locator(id < 20 ? '[part~="next-button"]' : '[part~="review-button"]').click();
  }
  await shot('pcl-5-check-answers', pcl);
  await pcl.locator('[part~="finish-button"]').click();
  await shot('pcl-5-full-results', pcl);

  // PHQ-9, paged, persist="session": support at item 9, a reload mid-questionnaire, the review
  const phq = page.locator('attune-screener[instrument="phq-9"]');
  await phq.locator('[part~="start-button"]').click();
  for (let id = 1; id <= 8; id++) {
    await phq.locator(`#question-${id} input[value="${id % 2}"]`).check();
    await phq.locator('[part~="next-button"]').click();
  }
  await phq.locator('#question-9 input[value="1"]').check();
  await shot('phq-9-support-panel', phq);
  await page.reload();
  await phq.locator('[part~="resume"]').waitFor();
  await shot('phq-9-resume-after-reload', phq);
  await phq.locator('[part~="resume-button"]').click();
  await phq.locator('[part~="next-button"]').click();
  await phq.locator('[part~="review-button"]').click();
  await shot('phq-9-check-answers', phq);
  await page.evaluate(() => sessionStorage.clear());

  // the same widget in Spanish, and right to left
  await page.goto(base);
  await page.evaluate(() => {
    const el = document.querySelector('attune-screener[instrument="pc-ptsd-5"]');
    el.setAttribute('locale', 'es');
    const rtl = document.querySelector('attune-screener[instrument="ecr-rs"]');
    rtl.setAttribute('dir', 'rtl');
  });
  await pc.locator('[part~="start-button"]').click();
  await shot('pc-ptsd-5-spanish', pc);
  const ecr = page.locator('attune-screener[instrument="ecr-rs"]');
  await ecr.locator('[part~="start-button"]').click();
  await shot('ecr-rs-rtl', ecr);
  await page.close();
}
await browser.close();
await server.close();
