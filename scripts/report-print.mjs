// The clinician report as the browser prints it, for checking by eye (not a test): opens
// demo/report.html (which loads only dist/attune-report.iife.js), saves the browser's own print as
// .shots/report.pdf (A4, the page's @page rules) and a print-media screenshot .shots/report-print.png.
// usage: npm run build && node scripts/report-print.mjs   (then e.g. pdftoppm -png -r 60 .shots/report.pdf .shots/report-page)
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from './chromium-args.mjs';

const root = process.cwd();
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const server = createServer((req, res) => {
  try {
    const file = join(root, normalize(new URL(req.url, 'http://x').pathname));
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch { res.writeHead(404).end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: chromiumArgs });
mkdirSync('.shots', { recursive: true });
// A4 at 96 dpi less the page's 14 mm side margins
const page = await browser.newPage({ viewport: { width: 688, height: 1000 } });
const outside = [];
page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1:')) outside.push(r.url()); });
await page.goto(`http://127.0.0.1:${server.address().port}/demo/report.html`);
await page.locator('attune-report [part~="instrument"]').first().waitFor();
await page.emulateMedia({ media: 'print' });
await page.screenshot({ path: '.shots/report-print.png', fullPage: true });
await page.pdf({ path: '.shots/report.pdf', preferCSSPageSize: true, printBackground: true });
console.log('.shots/report-print.png\n.shots/report.pdf');
if (outside.length) console.log('requests outside the page\'s own server:', outside);
await browser.close();
server.close();
