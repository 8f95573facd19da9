// <attune-report> with sealed completions: it asks for the practice's private key file, reads it in
// the browser (FileReader, no request), and shows what opens as it shows plain results; a wrong key
// or a changed body is reported, and nothing is fetched but the library's own files.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define-report.js';
import type { AttuneReport } from '../../../src/define-report.js';
import { score } from '../../../src/core.js';
import { seal } from '../../../src/delivery/seal.js';
import type { SealPrivateJwk, SealPublicJwk } from '../../../src/delivery/seal-key.js';

async function keyPair(kid: string) {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const pub = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const priv = await crypto.subtle.exportKey('jwk', pair.privateKey);
  return {
    publicJwk: { kty: 'EC', crv: 'P-256', x: pub.x!, y: pub.y!, kid } as SealPublicJwk,
    privateJwk: { kty: 'EC', crv: 'P-256', x: priv.x!, y: priv.y!, d: priv.d!, kid } as SealPrivateJwk,
  };
}

const gadAnswers = { '1': 3, '2': 3, '3': 2, '4': 2, '5': 1, '6': 1, '7': 1 };
const screenerBody = (completedAt: string) => ({
  idempotencyKey: `key-${completedAt}-0000`,
  instrument: { id: 'gad-7', version: score('gad-7', gadAnswers).instrument.version },
  completedAt,
  result: score('gad-7', gadAnswers),
  answers: gadAnswers,
});

const shadowText = (el: Element) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');

async function chooseKey(el: AttuneReport, key: unknown, name = 'attune-seal-k.private.jwk.json') {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('.sealed input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add(new File([typeof key === 'string' ? key : JSON.stringify(key)], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // FileReader, then opening
  const settled = () => !!el.shadowRoot!.querySelector('[part~="problem"]') || (el.shadowRoot!.querySelector('.sealed p')?.textContent ?? '').includes('opened');
  for (let i = 0; i < 50 && !settled(); i++) await new Promise((r) => setTimeout(r, 20));
  await el.ready;
}

describe('<attune-report> with sealed completions', () => {
  it('asks for the private key, opens with it (a set chosen by kid), and renders as it renders plain results', async () => {
    const old = await keyPair('2025');
    const current = await keyPair('2026');
    const sealed = [await seal(screenerBody('2026-01-05T09:00:00Z'), old.publicJwk), await seal(screenerBody('2026-02-05T09:00:00Z'), current.publicJwk)];
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => requests.push(e.name)));
    observer.observe({ type: 'resource' });
    const el = await fixture<AttuneReport>(html`<attune-report .sealed=${sealed}></attune-report>`);
    await el.ready;
    expect(shadowText(el)).to.contain('2 sealed results are waiting');
    expect(el.shadowRoot!.querySelector('[part~="instrument"]')).to.equal(null);
    await chooseKey(el, { keys: [current.privateJwk, old.privateJwk] });
    expect(shadowText(el)).to.contain('2 sealed results: opened');
    expect(el.shadowRoot!.querySelectorAll('[part~="instrument"]')).to.have.length(1);
    expect(shadowText(el)).to.contain('2 completions');
    // the same report from the plain completions
    const plain = await fixture<AttuneReport>(
      html`<attune-report .results=${[screenerBody('2026-01-05T09:00:00Z'), screenerBody('2026-02-05T09:00:00Z')].map(({ result, answers, completedAt }) => ({ result, answers, completedAt }))}></attune-report>`,
    );
    await plain.ready;
    expect(el.shadowRoot!.querySelector('[part~="instrument"]')!.textContent).to.equal(plain.shadowRoot!.querySelector('[part~="instrument"]')!.textContent);
    // the key was read here: nothing was sent or fetched but the library's own modules
    observer.disconnect();
    expect(requests.filter((url) => !new URL(url).pathname.match(/\.(js|ts|mjs)$/) && !url.includes('/node_modules/') && !url.includes('/src/'))).to.deep.equal([]);
    // the file input does not keep the file
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('.sealed input')!.value).to.equal('');
  });

  it('a string entry of results is a sealed completion, shown beside the plain ones', async () => {
    const { publicJwk, privateJwk } = await keyPair('k');
    const body = screenerBody('2026-03-05T09:00:00Z');
    const el = await fixture<AttuneReport>(
      html`<attune-report .results=${[await seal(body, publicJwk), { result: body.result, answers: body.answers, completedAt: '2026-01-01T09:00:00Z' }]}></attune-report>`,
    );
    await el.ready;
    expect(el.shadowRoot!.querySelectorAll('[part~="instrument"]')).to.have.length(1);
    expect(shadowText(el)).to.contain('One sealed result is waiting');
    await chooseKey(el, privateJwk);
    expect(shadowText(el)).to.contain('2 completions');
  });

  it('the wrong key, a changed body or a file that is not a key is reported with attune-error, and nothing is shown in its place', async () => {
    const { publicJwk } = await keyPair('k');
    const other = await keyPair('k');
    const jwe = await seal(screenerBody('2026-03-05T09:00:00Z'), publicJwk);
    const el = await fixture<AttuneReport>(html`<attune-report .sealed=${[jwe]}></attune-report>`);
    await el.ready;
    const error = oneEvent(el, 'attune-error');
    await chooseKey(el, other.privateJwk);
    expect((await error).detail.code).to.equal('invalid-sealed');
    expect(el.shadowRoot!.querySelector('[part~="problem"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="instrument"]')).to.equal(null);

    const notKey = await fixture<AttuneReport>(html`<attune-report .sealed=${[jwe]}></attune-report>`);
    await notKey.ready;
    const refused = oneEvent(notKey, 'attune-error');
    await chooseKey(notKey, publicJwk);
    expect((await refused).detail.code).to.equal('invalid-key');
    expect(shadowText(notKey)).to.contain('One sealed result is waiting');
  });
});
