/**
 * Submission to a practice's own endpoint (`submit-url`), as a mixin shared by <attune-screener> and
 * <attune-battery>. The element hands over a finished body once; the page's outbox delivers it
 * until a 2xx arrives; the element reports each outcome as an event and tells the client, calmly,
 * where their answers are.
 */
import { type ReactiveController, type ReactiveControllerHost } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AttuneError } from '../../model/attune-error.js';
import { httpUrl as checkedUrl } from '../../model/http-url.js';
import { emit } from '../../events.js';
import type { AttuneElement, Constructor } from './attune-element.js';
import { newIdempotencyKey } from '../../delivery/idempotency-key.js';
import { missingFile } from './missing-file.js';
import type { OutboxEntry, OutboxEvent, OutboxRequest } from '../../delivery/outbox.js';
import { claimEntry, onOutboxEvent, pageOutbox, type OutboxPersist } from './page-outboxes.js';
import type { SealPublicJwk } from '../../delivery/seal-key.js';
import { loadSeal } from './load-seal.js';

/**
 * What the client is told: nothing yet, on its way, waiting to retry, arrived, refused (a 4xx),
 * stopped (an endpoint that can never accept: 404, 405, 501, or bounded retries used up), or not
 * sent because it could not be sealed.
 */
export type SubmissionState = 'idle' | 'sending' | 'retrying' | 'sent' | 'rejected' | 'stopped' | 'unsealed';

/**
 * A host's hook, called before every attempt: add headers (an auth token) or change the body.
 * Return a new request or change this one in place. The `Idempotency-Key` header should stay.
 */
export type BeforeSubmit = (request: OutboxRequest) => OutboxRequest | void | Promise<OutboxRequest | void>;

export declare class SubmitsToEndpointElement {
  /** The practice's endpoint for completed answers (POST, JSON). Nothing is sent without it. */
  submitUrl?: string;
  /** Called before every attempt to add headers or change the body. */
  beforeSubmit?: BeforeSubmit;
  /**
   * The practice's public key (a P-256 JWK with a `kid`, from `npx attune-screeners keygen`), or its
   * JSON as the `seal-key` attribute: the completion is sealed in the browser (a compact JWE) and only
   * the practice's private key opens it. A malformed key, or sealing that fails, sends nothing.
   */
  sealKey?: SealPublicJwk | string;
  /** Where the outbox is kept: the element's `persist` (`none` unless persistence is on). */
  protected submissionPersist(): OutboxPersist;
  /** Which element may resume this element's queued submissions after a reload. */
  protected submissionOwner(): string;
  /** Queues `build(key)` for the endpoint; the same `fingerprint` again reuses the key and sends nothing more. */
  protected submitOnce(fingerprint: string, build: (idempotencyKey: string) => unknown): void;
  /** A new completion may follow (e.g. the form was reset): forget the last fingerprint. */
  protected resetSubmission(): void;
  protected readonly submissionState: SubmissionState;
  /** Whether the submission being shown was queued on an earlier visit. */
  protected readonly submissionResumed: boolean;
}

export const SubmitsToEndpoint = <T extends Constructor<AttuneElement>>(Base: T) => {
  class SubmitsToEndpointMixin extends Base {
    /**
     * The practice's endpoint for completed answers: one POST of JSON per completion, retried until a
     * 2xx arrives (with an `Idempotency-Key` header). http(s) only; nothing is sent without it.
     */
    @property({ attribute: 'submit-url' }) submitUrl?: string;
    /** Called before every attempt to add headers (an auth token) or change the body. */
    @property({ attribute: false }) beforeSubmit?: BeforeSubmit;
    @property({ attribute: 'seal-key' }) sealKey?: SealPublicJwk | string;

    @state() protected submissionState: SubmissionState = 'idle';
    @state() protected submissionResumed = false;
    private submission: SubmissionController;

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- a mixin's constructor takes any[] (TS2545)
      super(...args);
      this.submission = new SubmissionController(this, {
        persist: () => this.submissionPersist(),
        owner: () => this.submissionOwner(),
        rawUrl: () => this.submitUrl,
        beforeSubmit: () => this.beforeSubmit,
        sealKey: () => this.sealKey ?? undefined,
        report: (error) => this.errors.report(error),
        show: (state, resumed) => {
          this.submissionState = state;
          this.submissionResumed = resumed;
        },
      });
    }

    protected submissionPersist(): OutboxPersist {
      const mode = (this as { persist?: unknown }).persist ?? this.getAttribute('persist');
      return mode === 'session' || mode === 'local' ? mode : 'none';
    }
    protected submissionOwner(): string {
      // a sealed entry names no instrument in storage: only its element kind
      if (this.sealKey != null) return `${this.localName} sealed`;
      return `${this.localName} ${this.getAttribute('instrument') ?? this.getAttribute('instruments') ?? ''}`.trim();
    }
    protected submitOnce(fingerprint: string, build: (idempotencyKey: string) => unknown): void {
      this.submission.submit(fingerprint, build);
    }
    protected resetSubmission(): void {
      this.submission.reset();
    }
  }
  return SubmitsToEndpointMixin as unknown as Constructor<SubmitsToEndpointElement> & T;
};

/** `submit-url` resolved against the page; only http(s) (never `javascript:` or `data:`). */
function httpUrl(raw: string | undefined): string | undefined {
  return checkedUrl(raw, document.baseURI);
}

/** What the controller reads from, and tells, its element. */
interface SubmittingElement {
  persist(): OutboxPersist;
  owner(): string;
  rawUrl(): string | undefined;
  beforeSubmit(): BeforeSubmit | undefined;
  sealKey(): SealPublicJwk | string | undefined;
  report(error: AttuneError): void;
  show(state: SubmissionState, resumed: boolean): void;
}

/** The element's side of the outbox: which keys are its own, and what each outcome means to the host. */
class SubmissionController implements ReactiveController {
  private readonly keys = new Set<string>();
  private last?: { fingerprint: string; key: string };
  private unsubscribe?: () => void;
  private resumedFor?: string;
  private checkedUrl?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly element: SubmittingElement,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onOutboxEvent((event) => this.onEvent(event));
  }

  hostDisconnected(): void {
    // queued submissions keep going without the element; it just stops reporting them
    this.unsubscribe?.();
    this.resumedFor = undefined;
  }

  hostUpdate(): void {
    const raw = this.element.rawUrl();
    if (raw === this.checkedUrl) return;
    this.checkedUrl = raw;
    if (raw && !httpUrl(raw)) this.element.report(new AttuneError('invalid-attribute', `submit-url="${raw}" is not an http(s) address; nothing will be sent.`));
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

  hostUpdated(): void {
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
