// Whether a request must move to HTTPS, and where to. Plain JavaScript because scripts/server.mjs
// imports it without a TypeScript loader; the types are in https-redirect.d.mts.

export const HSTS_HEADER_VALUE = "max-age=63072000; includeSubDomains";

// Load balancers probe over plain http and only look at the status code.
const HEALTH_PATHS = new Set(["/api/health", "/api/health/live", "/api/health/ready"]);

/** On in production unless FORCE_HTTPS is "false"; never in development. */
export function isHttpsEnforced(env) {
  return env.NODE_ENV === "production" && env.FORCE_HTTPS !== "false";
}

/**
 * The protocol the client used. Behind `trustedProxyCount` proxies, the outermost one (which the
 * client talked to) wrote its entry of X-Forwarded-Proto that many entries before the end; a
 * proxy that overwrites rather than appends leaves a single entry, which is then the one. Our
 * server drops the header when no proxy is trusted, so a client cannot claim https.
 */
export function effectiveProtocol({ isTlsSocket, forwardedProto, trustedProxyCount }) {
  if (isTlsSocket) return "https";
  if (trustedProxyCount <= 0 || !forwardedProto) return "http";
  const entries = forwardedProto.split(",").map((entry) => entry.trim().toLowerCase()).filter(Boolean);
  return entries[Math.max(0, entries.length - trustedProxyCount)] === "https" ? "https" : "http";
}

/** AUTH_URL's origin over https (its host as configured), or null without a usable AUTH_URL. */
export function publicHttpsOrigin(authUrl) {
  if (!authUrl) return null;
  try {
    const url = new URL(authUrl);
    return url.protocol === "https:" || url.protocol === "http:" ? `https://${url.host}` : null;
  } catch {
    return null;
  }
}

// Node gives the request target as sent: usually "/path?query", but a client may send the
// absolute form ("http://host/path") or "*"; only the path and query are carried over.
function requestPath(url) {
  if (url.startsWith("/")) return url;
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return "/";
  }
}

/**
 * What to do with a request: serve it, redirect it (308 keeps the method and body) to the same
 * path on AUTH_URL's https origin, or reject it when it came over http and no AUTH_URL names the
 * site. The Host header is never used: the client chose it, and a redirect built from it would
 * send visitors (or a cache in between) wherever a forged Host says.
 */
export function decideHttpsRedirect({ enforced, protocol, method, url, publicOrigin }) {
  if (!enforced || protocol === "https") return { action: "serve" };
  const path = requestPath(url);
  const pathname = path.split("?")[0];
  if ((method === "GET" || method === "HEAD") && HEALTH_PATHS.has(pathname)) return { action: "serve" };
  return publicOrigin ? { action: "redirect", location: `${publicOrigin}${path}` } : { action: "reject" };
}
