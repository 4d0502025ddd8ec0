import "server-only";
import { headers } from "next/headers";

export type RequestContext = { ip: string | null; userAgent: string | null };

// How many reverse proxies we trust in front of the app. Our server (scripts/server.mjs) ends
// X-Forwarded-For with the address of the socket, and each proxy appends the address it received
// the request from, so the client's address is that many entries before the last; anything
// earlier was written by the client and proves nothing.
const TRUSTED_PROXY_COUNT = Number(process.env.TRUSTED_PROXY_COUNT ?? 0);

export function requestContextFrom(requestHeaders: Headers): RequestContext {
  const forwarded = (requestHeaders.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const ip = forwarded[forwarded.length - 1 - TRUSTED_PROXY_COUNT] ?? null;
  const userAgent = requestHeaders.get("user-agent")?.slice(0, 512) ?? null;
  return { ip, userAgent };
}

/** The client's address and user agent for the request being served. */
export async function getRequestContext(): Promise<RequestContext> {
  return requestContextFrom(await headers());
}
