// The headers next.config.ts sets by path. Pages get their Content-Security-Policy, with a
// per-request nonce, from proxy.ts; everything else under /api is answered here. Strict-
// Transport-Security is sent by scripts/server.mjs with FORCE_HTTPS: these headers are fixed
// when the app is built, and whether a deployment is served over https is known only when it
// starts. No imports: next.config.ts loads this file before anything is set up.

type Header = { key: string; value: string };
export type HeaderRule = { source: string; headers: Header[] };

const BASELINE_HEADERS: Header[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** JSON, CSV, PDF and the health check load nothing and are framed by no one. */
const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Auth.js's own HTML (sign-out, error pages): an inline stylesheet and a form to itself. */
const AUTH_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export const RESPONSE_HEADER_RULES: HeaderRule[] = [
  { source: "/:path*", headers: BASELINE_HEADERS },
  // The API's documentation is a page (proxy.ts), so it keeps the nonce policy.
  { source: "/api/:path((?!docs(?:/|$)).*)", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }] },
  // Later rules win for the same header.
  { source: "/api/auth/:page(signin|signout|error|verify-request)", headers: [{ key: "Content-Security-Policy", value: AUTH_PAGE_CSP }] },
];
