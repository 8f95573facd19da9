import type { IncomingMessage, ServerResponse } from 'node:http';

export declare function seeded(seed: number): () => number;

export interface FlakyEndpointOptions {
  seed?: number;
  faultRate?: number;
  maxFaults?: number;
  faultWindowMs?: number;
  stallMs?: number;
  reject?: (body: unknown) => number | undefined;
}

export interface FlakyEndpoint {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever JSON the client submitted
  stored: Map<string, any>;
  requests: { key: string | undefined; outcome: string; headers?: { authorization?: string; contentType?: string } }[];
  faults: string[];
  reset(): void;
  close(): void;
}

export declare function createFlakyEndpoint(options?: FlakyEndpointOptions): FlakyEndpoint;
