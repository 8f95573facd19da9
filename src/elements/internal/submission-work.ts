/**
 * The work of submitting (`submit-url`), loaded only by an element with an endpoint, once it has one:
 * queuing each completion in the page's outbox, sealing it first with `seal-key`, resuming what an
 * earlier visit queued, and telling the element each outcome. The element's side
 * (`SubmitsToEndpoint`, submission.ts) stays in the script tag's first download.
 */
import type { ReactiveControllerHost } from 'lit';
import { AttuneError } from '../../model/attune-error.js';
import { emit } from '../../events.js';
import { newIdempotencyKey } from '../../delivery/idempotency-key.js';
import { missingFile } from './missing-file.js';
import type { OutboxEntry, OutboxEvent } from '../../delivery/outbox.js';
import { claimEntry, onOutboxEvent, pageOutbox } from './page-outboxes.js';
import type { SealPublicJwk } from '../../delivery/seal-key.js';
import { loadSeal } from './load-seal.js';
import { httpUrl, type SubmissionState, type SubmittingElement } from './submission.js';

/** The element's side of the outbox: which keys are its own, and what each outcome means to the host. */
export class SubmissionWork {
  private readonly keys = new Set<string>();
  private last?: { fingerprint: string; key: string };
  private unsubscribe?: () => void;
  private resumedFor?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly element: SubmittingElement,
  ) {}

  /** Hears the outbox's events while the element is in the page. */
  connect(): void {
    this.unsubscribe ??= onOutboxEvent((event) => this.onEvent(event));
  }

  disconnect(): void {
    // queued submissions keep going without the element; it just stops reporting them
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.resumedFor = undefined;
  }

  /** The body sealed with `key` (rejects with an `invalid-key` or `unavailable` AttuneError when it cannot be). */
  private sealed(key: SealPublicJwk | string, body: unknown): Promise<string> {
    return loadSeal().then(
      (module) => module.seal(body, key),
      () => {
        throw missingFile('attune-seal.js', 'the answers were not sent');
      },
    );
  }

  /** Sends what this element queued on an earlier visit, once (called after each update). */
  resume(): void {
    // After a reload: submissions this element queued on an earlier visit (same endpoint, same
    // instruments), kept by persistence, are sent now that the host has had a chance to set beforeSubmit.
    const url = httpUrl(this.element.rawUrl());
    const owner = this.element.owner();
    const persist = this.element.persist();
    const id = `${persist} ${url} ${owner}`;
    if (!url || persist === 'none' || this.resumedFor === id) return;
    this.resumedFor = id;
    pageOutbox(persist).then(
      (outbox) => {
        const woken = outbox.wake((entry) => entry.url === url && entry.owner === owner);
        if (!woken.length) return;
        for (const entry of woken) this.own(entry);
        this.element.show('sending', true);
      },
      // nothing was queued on this visit, so nothing is lost: the next visit tries again
      () => (this.resumedFor = undefined),
    );
  }

  submit(fingerprint: string, build: (key: string) => unknown): void {
    const url = httpUrl(this.element.rawUrl());
    if (!url) return;
    const repeated = this.last?.fingerprint === fingerprint;
    const key = repeated ? this.last!.key : newIdempotencyKey();
    this.last = { fingerprint, key };
    if (repeated) return;
    this.own({ key });
    this.element.show('sending', false);
    const entry = { key, url, owner: this.element.owner(), body: build(key) };
    const sealKey = this.element.sealKey();
    // sealed before it is queued: the outbox, its storage and the request hold only the JWE; a key
    // that does not work sends nothing, never the plain body
    const ready = sealKey === undefined ? Promise.resolve(entry) : this.sealed(sealKey, entry.body).then((jwe) => ({ ...entry, body: jwe, contentType: 'application/jose' }));
    ready.then(
      (ready) =>
        pageOutbox(this.element.persist()).then(
          (outbox) => outbox.enqueue(ready),
          () => this.fail(key, 'rejected', missingFile('attune-outbox.js', 'the answers were not sent')),
        ),
      (error: AttuneError) => this.fail(key, 'unsealed', error),
    );
  }

  /** Nothing was sent (the outbox or sealing module missing, a key that does not work): the client is told so, calmly; the host hears why. */
  private fail(key: string, state: SubmissionState, error: AttuneError): void {
    this.keys.delete(key);
    this.element.show(state, false);
    this.element.report(error);
  }

  reset(): void {
    this.last = undefined;
    this.element.show('idle', false);
  }

  private own(entry: Pick<OutboxEntry, 'key'>): void {
    this.keys.add(entry.key);
    claimEntry(entry, (request) => this.element.beforeSubmit()?.(request));
  }

  private onEvent(event: OutboxEvent): void {
    const { entry } = event;
    if (!this.keys.has(entry.key)) return;
    const base = { idempotencyKey: entry.key, url: entry.url, attempt: event.attempt, body: entry.body };
    switch (event.type) {
      case 'attempt':
        return;
      case 'sent':
        this.keys.delete(entry.key);
        this.element.show('sent', false);
        return void emit(this.host, 'attune-submit', { ...base, status: event.status });
      case 'retry':
        this.element.show('retrying', false);
        return void emit(this.host, 'attune-submit-error', {
          ...base,
          status: event.status,
          reason: event.reason,
          message: event.message,
          willRetry: true,
          retryInMs: event.delayMs,
        });
      case 'gave-up':
        // kept (dormant) in the outbox: the next visit tries again; this page does not
        this.keys.delete(entry.key);
        this.element.show('stopped', false);
        return void emit(this.host, 'attune-submit-error', { ...base, status: event.status, reason: 'gave-up', message: event.message, willRetry: false });
      case 'rejected':
        this.keys.delete(entry.key);
        // 404, 405, 501: an address that takes no submission at all, not a refusal of this one
        this.element.show([404, 405, 501].includes(event.status) ? 'stopped' : 'rejected', false);
        return void emit(this.host, 'attune-submit-error', { ...base, status: event.status, reason: 'rejected', message: event.message, willRetry: false });
    }
  }
}
