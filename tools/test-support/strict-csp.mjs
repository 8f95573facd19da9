// The strictest policy a clinic's site is likely to run: no inline script or style, no eval, nothing
// from another origin, and Trusted Types for every HTML sink. The demo is served under it by
// `npm run start:csp`, and tests/e2e/csp.test.ts fails on any violation the widget causes.
export const STRICT_CSP = ["default-src 'self'", "script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'"].join('; ');

/** web-dev-server middleware: every response carries the policy. */
export function strictCspMiddleware(context, next) {
  context.set('Content-Security-Policy', STRICT_CSP);
  return next();
}
