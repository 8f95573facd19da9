// Types of receiver.mjs, for a TypeScript caller (and the test that runs it).
import type { IncomingMessage, Server } from 'node:http';
import type * as Core from 'attune-screeners/core';

/** What the receiver uses of `attune-screeners/core` (`openSealed` for sealed bodies). */
export type ReceiverCore = Pick<typeof Core, 'SubmissionSchema' | 'resolveDefinition' | 'score' | 'toTransactionBundle'> & Partial<Pick<typeof Core, 'openSealed'>>;

export interface ReceiverOptions {
  /** `await import('attune-screeners/core')`. */
  core: ReceiverCore;
  /** Where each submission is stored, one JSON file per idempotency key (created if missing, mode 700). */
  dir: string;
  /** The path submissions are POSTed to (default `/submissions`). */
  path?: string;
  /** The FHIR server's base URL; each submission is POSTed there as a transaction bundle. */
  fhirBaseUrl?: string;
  /** Who a submission is about, e.g. `{ reference: 'Patient/123' }`; without one nothing is written to FHIR. */
  subject?: (submission: Core.Submission, request: IncomingMessage) => Core.Reference | undefined;
  /** The system of the identifier each FHIR resource carries (its value the idempotency key). */
  identifierSystem?: string;
  /** The practice's private key(s), to open sealed (application/jose) submissions. */
  privateKeys?: Core.OpeningKeys;
  /** A practice's own instrument definitions (validated), found by id before the built-ins. */
  definitions?: Core.InstrumentDefinition[];
  /** A submitted result that differs from the re-score: refused with 422 (default), or stored and flagged. */
  onMismatch?: 'reject' | 'flag';
  /** The practice site's origin, for the browser's CORS check (`https://www.your-practice.example`). */
  allowOrigin?: string;
  /** The fetch used to reach the FHIR server (default: the global one). */
  fetch?: typeof globalThis.fetch;
}

export function createReceiver(options: ReceiverOptions): Server;
export function readPrivateKeys(path: string): Promise<Core.OpeningKeys>;
