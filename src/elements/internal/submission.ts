/**
 * Submission to a practice's own endpoint (`submit-url`), as a mixin shared by <attune-screener> and
 * <attune-battery>. The element hands over a finished body once; the page's outbox delivers it
 * until a 2xx arrives; the element reports each outcome as an event and tells the client, calmly,
 * where their answers are.
 */
import type { PropertyDeclarations, ReactiveController, ReactiveControllerHost } from 'lit';
import { AttuneError } from '../../model/attune-error.js';
import { httpUrl as checkedUrl } from '../../model/http-url.js';
import type { AttuneElement, Constructor } from './attune-element.js';
import { missingFile } from './missing-file.js';
import type { OutboxRequest } from '../../delivery/outbox.js';
import type { OutboxPersist } from './page-outboxes.js';
import type { SealPublicJwk } from '../../delivery/seal-key.js';
import type { SubmissionWork } from './submission-work.js';

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
    // reactive properties declared statically (not with decorators): no decorator code in the script tag
    static properties: PropertyDeclarations = {
      submitUrl: { attribute: 'submit-url' },
      beforeSubmit: { attribute: false },
      sealKey: { attribute: 'seal-key' },
      submissionState: { state: true },
      submissionResumed: { state: true },
    };

    /**
     * The practice's endpoint for completed answers: one POST of JSON per completion, retried until a
     * 2xx arrives (with an `Idempotency-Key` header). http(s) only; nothing is sent without it.
     */
    submitUrl?: string;
    /** Called before every attempt to add headers (an auth token) or change the body. */
    beforeSubmit?: BeforeSubmit;
    sealKey?: SealPublicJwk | string;

    protected submissionState: SubmissionState = 'idle';
    protected submissionResumed = false;
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
export function httpUrl(raw: string | undefined): string | undefined {
  return checkedUrl(raw, document.baseURI);
}

/** What the controller reads from, and tells, its element. */
export interface SubmittingElement {
  persist(): OutboxPersist;
  owner(): string;
  rawUrl(): string | undefined;
  beforeSubmit(): BeforeSubmit | undefined;
  sealKey(): SealPublicJwk | string | undefined;
  report(error: AttuneError): void;
  show(state: SubmissionState, resumed: boolean): void;
}

/**
 * The element's side of submitting: checks `submit-url`, and hands each completion to the work of
 * submitting (submission-work.ts), which an element loads only once it has an endpoint, after its first
 * screen is shown. What the client is told about a completion ("sending") and whether the same
 * completion was already handed over are decided here at once, so nothing waits for that file.
 */
class SubmissionController implements ReactiveController {
  private checkedUrl?: string;
  private lastFingerprint?: string;
  private work?: SubmissionWork;
  private loading?: Promise<SubmissionWork>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly element: SubmittingElement,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.work?.connect();
  }

  hostDisconnected(): void {
    this.work?.disconnect();
  }

  hostUpdate(): void {
    const raw = this.element.rawUrl();
    if (raw === this.checkedUrl) return;
    this.checkedUrl = raw;
    if (raw && !httpUrl(raw)) this.element.report(new AttuneError('invalid-attribute', `submit-url="${raw}" is not an http(s) address; nothing will be sent.`));
  }

  hostUpdated(): void {
    // an element with an endpoint: the work is loaded while the client answers, and resumes what an
    // earlier visit queued
    if (!httpUrl(this.element.rawUrl())) return;
    this.load().then(
      (work) => work.resume(),
      () => undefined,
    );
  }

  private load(): Promise<SubmissionWork> {
    this.loading ??= loadSubmissionWork().then(
      ({ SubmissionWork }) => {
        const work = (this.work = new SubmissionWork(this.host, this.element));
        if (this.host.isConnected) work.connect();
        return work;
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  submit(fingerprint: string, build: (key: string) => unknown): void {
    if (!httpUrl(this.element.rawUrl())) return;
    if (this.lastFingerprint === fingerprint) return;
    this.lastFingerprint = fingerprint;
    this.element.show('sending', false);
    this.load().then(
      (work) => work.submit(fingerprint, build),
      () => {
        this.element.show('rejected', false);
        this.element.report(missingFile(SUBMISSION_FILE, 'the answers were not sent'));
      },
    );
  }

  reset(): void {
    this.lastFingerprint = undefined;
    this.element.show('idle', false);
    // after any submission handed over before it, in order
    if (this.work) this.work.reset();
    else
      this.loading?.then(
        (work) => work.reset(),
        () => undefined,
      );
  }
}

/** The work of submitting's file in the script tag's build (a chunk named after its module). */
const SUBMISSION_FILE = 'client/submission-work.js';

function loadSubmissionWork(): Promise<typeof import('./submission-work.js')> {
  return import('./submission-work.js');
}
