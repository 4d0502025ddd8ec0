// Pages whose data the database could not serve answer 503 with Retry-After, not Next's 500.
// Next decides a failed page's status itself (500) and lets nothing set it, so the server in
// front of it runs each request in an AsyncLocalStorage store that lib/request-state.ts marks
// when the database pool reports "not now" (lib/database-pool.ts); a 500 of a marked request is
// sent as a 503. A browser's page load gets a small page of its own that retries by itself,
// since Next's error page needs the very data that failed; other requests (client navigations,
// server actions, route handlers) keep Next's body with the corrected status.
import { createHash } from "node:crypto";
import { AsyncLocalStorage } from "node:async_hooks";

export const RETRY_AFTER_SECONDS = 5;

const storage = new AsyncLocalStorage();
globalThis[Symbol.for("triage.request-state")] = storage;

const STYLE =
  "body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;" +
  "font-family:system-ui,sans-serif;background:#fff;color:#1f2937}" +
  "main{max-width:28rem;padding:1.5rem;text-align:center}h1{font-size:1.5rem}p{color:#4b5563}" +
  "a{display:inline-block;margin-top:1rem;padding:.5rem 1rem;border-radius:.375rem;background:#1d4ed8;color:#fff;text-decoration:none}" +
  "@media (prefers-color-scheme:dark){body{background:#0b1120;color:#e5e7eb}p{color:#9ca3af}a{background:#3b82f6;color:#0b1120}}";

const PAGE =
  `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width,initial-scale=1">` +
  `<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>Triage is busy</title>` +
  `<style>${STYLE}</style></head><body><main><h1>Triage is busy</h1>` +
  `<p>It cannot reach its database right now, or has more requests than it can take. ` +
  `Nothing you saved is lost. This page tries again in ${RETRY_AFTER_SECONDS} seconds.</p>` +
  `<a href="">Try again now</a></main></body></html>`;

const PAGE_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Content-Length": String(Buffer.byteLength(PAGE)),
  "Cache-Control": "no-store",
  "Retry-After": String(RETRY_AFTER_SECONDS),
  "Content-Security-Policy": `default-src 'none'; style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'; frame-ancestors 'none'`,
  "X-Content-Type-Options": "nosniff",
};

/** A browser loading a page, not Next's client router or a server action fetching data. */
function isDocumentRequest(request) {
  const headers = request.headers;
  return request.method === "GET" && !headers["rsc"] && !headers["next-action"] && /\btext\/html\b/.test(headers.accept ?? "");
}

/** Serves the request with `handle` inside a request state; a 500 caused by the database becomes a 503. */
export function serveWithRequestState(request, response, handle) {
  const state = { isDatabaseUnavailable: false };
  const { writeHead, write, end } = response;
  const isDatabaseFailure = (status) => status === 500 && state.isDatabaseUnavailable;
  let isReplaced = false;

  // A browser's page load: our page instead of Next's, whose status and body are dropped.
  const replaceForDocument = () => {
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    writeHead.call(response, 503, PAGE_HEADERS);
    isReplaced = true;
  };
  // Next sets the status, then writes: decide before its first bytes go out.
  const decideBeforeBody = () => {
    if (!isReplaced && !response.headersSent && isDatabaseFailure(response.statusCode) && isDocumentRequest(request)) replaceForDocument();
  };

  response.writeHead = function (statusCode, ...rest) {
    if (!isDatabaseFailure(statusCode)) return writeHead.call(this, statusCode, ...rest);
    if (isDocumentRequest(request)) {
      replaceForDocument();
      return this;
    }
    this.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
    return writeHead.call(this, 503, ...rest.filter((value) => typeof value !== "string"));
  };
  response.write = function (...args) {
    decideBeforeBody();
    return isReplaced ? true : write.apply(this, args);
  };
  response.end = function (...args) {
    decideBeforeBody();
    if (!isReplaced) return end.apply(this, args);
    return end.call(this, PAGE, args.find((value) => typeof value === "function"));
  };
  return storage.run(state, () => handle(request, response));
}
