// `npm run start:csp`: the demo as `npm start` serves it, under a strict Content-Security-Policy with
// Trusted Types (tools/test-support/strict-csp.mjs), as a clinic's hardened site would serve it.
import base from './web-dev-server.config.mjs';
import { strictCspMiddleware } from './tools/test-support/strict-csp.mjs';

export default { ...base, middleware: [...base.middleware, strictCspMiddleware] };
