// The clinician report as the browser prints it, for checking by eye (not a test): opens
// demo/report.html (which loads only dist/attune-report.iife.js), saves the browser's own print as
// .shots/report.pdf (A4, the page's @page rules) and a print-media screenshot .shots/report-print.png.
// usage: npm run build && node tools/visual/report-print.mjs   (then e.g. pdftoppm -png -r 60 .shots/report.pdf .shots/report-page)
import { mkdirSync } from 'node:fs';
import { launchChromium, serveFolder } from '../test-support/local-server.mjs';

const root = process.cwd();
const server = await serveFolder(root);
const browser = await launchChromium();
mkdirSync('.shots', { recursive: true });
// A4 at 96 dpi less the page's 14 mm side margins
const page = await browser.newPage({ viewport: { width: 688, height: 1000 } });
const outside = [];
page.on('request', (r) => {
  if (!r.url().startsWith(`${server.origin}/`)) outside.push(r.url());
});
await page.goto(`${server.origin}/demo/report.html`);
await page.locator('attune-report [part~="instrument"]').first().waitFor();
await page.emulateMedia({ media: 'print' });
await page.screenshot({ path: '.shots/report-print.png', fullPage: true });
await page.pdf({ path: '.shots/report.pdf', preferCSSPageSize: true, printBackground: true });
console.log('.shots/report-print.png\n.shots/report.pdf');
if (outside.length) console.log("requests outside the page's own server:", outside);
await browser.close();
await server.close();
