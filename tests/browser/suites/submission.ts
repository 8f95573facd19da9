// Submission to a practice's endpoint (src/elements/internal/submission.ts), run on every element that
// submits: the element POSTs each completion to `submit-url` (a real HTTP endpoint on the test server,
// tools/test-support/flaky-endpoint.mjs) and tells the client whether it arrived.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { configureSubmissions } from '../../../src/index.js';
import type { AttuneSubmitDetail, AttuneSubmitErrorDetail } from '../../../src/index.js';
import { part } from '../helpers.js';
import { type ClientSubject, type Host, mountSubject } from './subjects.js';

let n = 0;
/** A fresh endpoint on the test server; `faults` configures how it misbehaves. */
const endpoint = (faults = '') => `/__attune-test/endpoints/e${Date.now()}-${n++}${faults ? `?${faults}` : ''}`;
const log = async (url: string) =>
  (await fetch(`${url.split('?')[0]}/log`)).json() as Promise<{
    stored: Record<string, any>;
    requests: { key: string; outcome: string; headers: { authorization?: string } }[];
    faults: string[];
  }>;

const until = async (check: () => boolean | Promise<boolean>, ms = 8000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};

export function submissionSuite(subject: ClientSubject) {
  const status = (el: Host) => subject.firstScreen(el).querySelector('[part~="submission-status"]')?.textContent?.trim();
  const mount = (url?: string, attributes: Record<string, string> = {}) => mountSubject(subject, url ? { 'submit-url': url, ...attributes } : attributes);
  const complete = (el: Host) => subject.complete(el);

  describe(`<${subject.tag} submit-url> (submission)`, () => {
    before(() => configureSubmissions({ timeoutMs: 300, baseDelayMs: 40, maxDelayMs: 300 }));
    after(() => configureSubmissions({ timeoutMs: 15_000, baseDelayMs: 1_000, maxDelayMs: 60_000 }));

    it('POSTs the completion once, with its idempotency key as a header, and tells the client it arrived', async () => {
      const url = endpoint();
      const el = await mount(url);
      const submitted = oneEvent(el, 'attune-submit');
      const completion = await complete(el);
      expect(status(el)).to.equal('Sending your answers to the practice…');
      const { detail } = (await submitted) as CustomEvent<AttuneSubmitDetail>;
      await el.updateComplete;
      expect(status(el)).to.equal('Your answers have reached the practice.');
      expect(subject.firstScreen(el).querySelector('[part~="submission-status"]')!.getAttribute('role')).to.equal('status');
      expect(detail.status).to.equal(201);
      const { stored, requests } = await log(url);
      expect(Object.keys(stored)).to.deep.equal([detail.idempotencyKey]);
      expect(requests.map((r) => r.key)).to.deep.equal([detail.idempotencyKey]);
      const body = stored[detail.idempotencyKey];
      expect(body.idempotencyKey).to.equal(detail.idempotencyKey);
      expect(subject.resultsIn(body)).to.deep.equal(subject.resultsOf(completion));
      subject.checkCompletion(body, completion);
      expect(Date.now() - Date.parse(body.completedAt)).to.be.within(0, 10_000);
    });

    it('a double click on Finish, or the result being finished twice, sends it once', async () => {
      const url = endpoint();
      const el = await mount(url);
      const screen = await subject.answer(el);
      const finish = part(screen, 'finish-button')!;
      finish.click();
      finish.click();
      await oneEvent(el, 'attune-submit');
      await new Promise((r) => setTimeout(r, 200));
      expect((await log(url)).requests).to.have.length(1);
    });

    it('through 5xx, stalls and dropped connections, every one of several completions arrives exactly once', async () => {
      const url = endpoint('seed=11&faultRate=0.7&maxFaults=14&faultWindowMs=2500&stallMs=450');
      const elements = Array.from({ length: 5 }, () => subject.create({ 'submit-url': url }));
      await fixture(html`<div>${elements}</div>`);
      await Promise.all(elements.map((el) => el.ready));
      const acknowledged: string[] = [];
      const failures: AttuneSubmitErrorDetail[] = [];
      for (const el of elements) {
        el.addEventListener('attune-submit', (e) => acknowledged.push(e.detail.idempotencyKey));
        el.addEventListener('attune-submit-error', (e) => failures.push(e.detail));
      }
      let sawRetryMessage = false;
      for (const el of elements) await complete(el);
      await until(() => {
        sawRetryMessage ||= elements.some((el) => status(el)?.startsWith('Your answers have not reached the practice yet'));
        return acknowledged.length === elements.length;
      }, 20_000);
      await new Promise((r) => setTimeout(r, 600));
      const { stored, requests, faults } = await log(url);
      expect(faults.length).to.be.greaterThan(2);
      expect(failures.length).to.be.greaterThan(0);
      expect(failures.every((f) => f.willRetry)).to.equal(true);
      expect(sawRetryMessage).to.equal(true);
      expect(Object.keys(stored).sort()).to.deep.equal([...acknowledged].sort());
      expect(new Set(acknowledged).size).to.equal(elements.length);
      expect(requests.length).to.be.greaterThan(elements.length);
      for (const el of elements) {
        await el.updateComplete;
        expect(status(el)).to.equal('Your answers have reached the practice.');
      }
    });

    it('a 4xx is not repeated: the client is told calmly and the host gets attune-submit-error', async () => {
      const url = endpoint('reject=422');
      const el = await mount(url);
      const failed = oneEvent(el, 'attune-submit-error');
      await complete(el);
      const { detail } = (await failed) as CustomEvent<AttuneSubmitErrorDetail>;
      expect(detail).to.deep.include({ status: 422, reason: 'rejected', willRetry: false });
      await el.updateComplete;
      expect(status(el)).to.contain('did not accept your answers');
      expect(status(el)).to.contain('not something you did wrong');
      await new Promise((r) => setTimeout(r, 500));
      expect((await log(url)).requests).to.have.length(1);
    });

    it('beforeSubmit adds a header and changes the body on every attempt', async () => {
      const url = endpoint('seed=2&faultRate=1&maxFaults=1');
      const el = (await mount(url)) as Host & { beforeSubmit?: (request: { headers: Record<string, string>; body: unknown }) => void };
      let calls = 0;
      el.beforeSubmit = (request) => {
        calls++;
        request.headers.Authorization = 'Bearer practice-token';
        (request.body as Record<string, unknown>).clinician = 'dr-lee';
      };
      const submitted = oneEvent(el, 'attune-submit');
      await complete(el);
      const { detail } = (await submitted) as CustomEvent<AttuneSubmitDetail>;
      const { stored, requests } = await log(url);
      expect(calls).to.equal(2);
      expect(requests.map((r) => r.headers.authorization)).to.deep.equal(['Bearer practice-token', 'Bearer practice-token']);
      expect(stored[detail.idempotencyKey].clinician).to.equal('dr-lee');
      expect((detail.body as Record<string, unknown>).clinician).to.equal(undefined);
    });

    it('with persist="local", the submission waits in localStorage until acknowledged', async () => {
      const url = endpoint('seed=4&faultRate=1&maxFaults=3');
      const el = await mount(url, { persist: 'local' });
      const failed = oneEvent(el, 'attune-submit-error');
      const submitted = oneEvent(el, 'attune-submit');
      await complete(el);
      await failed;
      const waiting = JSON.parse(localStorage.getItem('attune:outbox:v1') ?? '[]');
      expect(waiting).to.have.length(1);
      const { detail } = (await submitted) as CustomEvent<AttuneSubmitDetail>;
      expect(waiting[0].key).to.equal(detail.idempotencyKey);
      expect(localStorage.getItem('attune:outbox:v1')).to.equal(null);
    });

    it('a submit-url that is not http(s) sends nothing and is reported', async () => {
      const el = await mount();
      setTimeout(() => el.setAttribute('submit-url', 'javascript:alert(1)'));
      const { detail } = await oneEvent(el, 'attune-error');
      expect(detail.code).to.equal('invalid-attribute');
      await complete(el);
      await el.updateComplete;
      expect(subject.firstScreen(el).querySelector('[part~="submission-status"]')).to.equal(null);
    });
  });
}
