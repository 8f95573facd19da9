// The example receiver as a program: `node examples/receiver/server.mjs`, configured by environment
// variables (docs/server-and-fhir.md, "A receiver that runs"):
//   PORT (8787), HOST (127.0.0.1), RECEIVER_DIR (./submissions), FHIR_BASE_URL, FHIR_IDENTIFIER_SYSTEM,
//   PRIVATE_KEY_FILE (a JWK, an array of JWKs or a JWK Set, to open sealed submissions),
//   ON_MISMATCH (reject | flag), ALLOW_ORIGIN (the practice site's origin, for CORS).
// Who a submission is about comes from an `Attune-Subject: Patient/<id>` header here, which a page's
// beforeSubmit hook can add; a real service maps its own signed-in session or link token instead.
import process from 'node:process';
import * as core from 'attune-screeners/core';
import { createReceiver, readPrivateKeys } from './receiver.mjs';

const env = process.env;
const port = Number(env.PORT ?? 8787);
const host = env.HOST ?? '127.0.0.1';
const server = createReceiver({
  core,
  dir: env.RECEIVER_DIR ?? 'submissions',
  fhirBaseUrl: env.FHIR_BASE_URL || undefined,
  identifierSystem: env.FHIR_IDENTIFIER_SYSTEM || undefined,
  privateKeys: env.PRIVATE_KEY_FILE ? await readPrivateKeys(env.PRIVATE_KEY_FILE) : undefined,
  onMismatch: env.ON_MISMATCH === 'flag' ? 'flag' : 'reject',
  allowOrigin: env.ALLOW_ORIGIN || undefined,
  subject: (_submission, request) => {
    const value = request.headers['attune-subject'];
    return typeof value === 'string' && /^Patient\/[A-Za-z0-9.-]{1,64}$/.test(value) ? { reference: value } : undefined;
  },
});
server.listen(port, host, () => process.stdout.write(`Receiving submissions at http://${host}:${port}/submissions\n`));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(() => process.exit(0)));
