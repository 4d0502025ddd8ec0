import type { Route } from "next";

const DEFAULT_AFTER_SIGN_IN: Route = "/";

/**
 * Where to send a user after sign-in: only a path on this site, never another origin
 * (`//evil.example`, `https://…`, `/\evil`), so a crafted link cannot turn sign-in into an
 * open redirect.
 */
export function safeCallbackPath(callbackUrl: string | null | undefined): Route {
  if (!callbackUrl || !callbackUrl.startsWith("/") || callbackUrl.startsWith("//")) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (callbackUrl.includes("\\") || /[\u0000-\u001f]/.test(callbackUrl)) return DEFAULT_AFTER_SIGN_IN;
  const url = new URL(callbackUrl, "http://triage.invalid");
  if (url.origin !== "http://triage.invalid" || url.pathname.startsWith("/sign-in")) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  return `${url.pathname}${url.search}${url.hash}` as Route;
}
