// web-test-runner middleware: practice endpoints for the browser tests, on the test server's own
// origin (so the page under test talks to nothing else). Each name is its own endpoint, configured
// by the query of its first request (seed, faultRate, maxFaults, faultWindowMs, stallMs, reject):
//   POST   /__attune-test/endpoints/<name>?seed=3&faultRate=0.5   a submission (tools/test-support/flaky-endpoint.mjs)
//   GET    /__attune-test/endpoints/<name>/log                    { stored: { key: body }, requests, faults }
import { createFlakyEndpoint } from './flaky-endpoint.mjs';

const PREFIX = '/__attune-test/endpoints/';

export function testEndpoints() {
  const endpoints = new Map();
  return async function testEndpointMiddleware(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const [name, action] = ctx.path.slice(PREFIX.length).split('/');
    if (ctx.method === 'GET' && action === 'log') {
      const e = endpoints.get(name);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(e ? { stored: Object.fromEntries(e.stored), requests: e.requests, faults: e.faults } : { stored: {}, requests: [], faults: [] });
      return;
    }
    let endpoint = endpoints.get(name);
    if (!endpoint) {
      const q = ctx.query;
      const num = (v) => (v === undefined ? undefined : Number(v));
      const rejectStatus = num(q.reject);
      endpoint = createFlakyEndpoint({
        seed: num(q.seed),
        faultRate: num(q.faultRate) ?? 0,
        maxFaults: num(q.maxFaults),
        faultWindowMs: num(q.faultWindowMs),
        stallMs: num(q.stallMs),
        reject: rejectStatus ? () => rejectStatus : undefined,
      });
      endpoints.set(name, endpoint);
    }
    // the endpoint writes (or drops) the raw response itself; the status only quiets the 404 report
    ctx.status = 200;
    ctx.respond = false;
    await endpoint.handle(ctx.req, ctx.res);
  };
}
