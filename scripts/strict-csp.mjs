/**
 * The strict Content Security Policy the finder is tested under and the CSP demo page is served
 * with: no inline scripts or styles, no eval, nothing from other sites, Trusted Types enforced.
 * One copy, used by vite.config.ts (demo) and web-test-runner.config.mjs (tests).
 */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'";
