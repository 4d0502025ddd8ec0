import NextAuth from "next-auth";
import { type NextRequest, NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";
import { isMalformedPath, malformedPathResponse } from "@/lib/malformed-path";

// Signed-out pages: sign-in, registration, email verification, password reset and the API docs.
const PUBLIC_PATHS = ["/sign-in", "/register", "/verify-email", "/forgot-password", "/reset-password", "/accept-invite", "/api/docs"];

// The database-free Auth.js instance: it reads the session cookie and re-issues it with a fresh
// expiry on every request, which is what makes the session's maxAge an idle timeout.
const { auth } = NextAuth(authConfig);

function contentSecurityPolicy(nonce: string): string {
  const isDev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce'd bootstrap load its chunks; dev needs eval for HMR.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    // The proof-of-work widget (components/security/captcha-field.tsx) solves in blob: workers.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A page's way on: a per-request CSP nonce, and the path for server components (sign-in's way back). */
function withPageHeaders(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-triage-path", `${pathname}${search}`);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * Runs before every page: renews the session cookie, sets a per-request CSP nonce, tells server
 * components the path (so sign-in can bring the user back), and sends signed-out visitors to
 * sign-in early. It is an optimisation only: every page and action checks the session itself.
 */
const authProxy = auth((request) => {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));

  if (!request.auth && !isPublic) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  return withPageHeaders(request);
});

const STATUS_PAGE = /^\/status\/[^/]+\/?$/;
// Short, so a new update shows within seconds; stale-while-revalidate keeps a shared cache
// answering at once while it refetches. The same HTML (and its nonce) may then go to many
// visitors: the page renders nothing of theirs, and React escapes everything it shows.
const STATUS_PAGE_CACHE_CONTROL = "public, max-age=10, stale-while-revalidate=60";

/**
 * The public status pages (/status/<slug>, its confirm and unsubscribe links) need no session,
 * so they skip Auth.js: no cookie is read or re-issued, which is what lets a shared cache keep
 * the page itself. The links carry tokens and stay private.
 */
function statusPageProxy(request: NextRequest): NextResponse {
  const response = withPageHeaders(request);
  if (request.method === "GET" && STATUS_PAGE.test(request.nextUrl.pathname)) {
    response.headers.set("Cache-Control", STATUS_PAGE_CACHE_CONTROL);
  }
  return response;
}

/** A malformed path is refused before routing, whatever it names; the API passes on untouched. */
export function proxy(request: NextRequest, event: Parameters<typeof authProxy>[1]) {
  const { pathname } = request.nextUrl;
  if (isMalformedPath(pathname)) return malformedPathResponse(pathname);
  if (pathname.startsWith("/api/") && !/^\/api\/docs(\/|$)/.test(pathname)) return NextResponse.next();
  if (pathname.startsWith("/status/")) return statusPageProxy(request);
  return authProxy(request, event);
}

export const config = {
  // Pages only: not the API (it answers 401/404 itself; its docs page is a page), Next's assets
  // or public files; API paths with a percent sign only to be checked for a malformed one.
  matcher: ["/((?!api/(?!docs(?:/|$))|_next/static|_next/image|favicon\\.ico|icon\\.svg|robots\\.txt).*)", "/api/(.*%.*)"],
};
