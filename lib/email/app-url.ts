/** A link into the app at `origin`, for an email. */
export function appUrl(path: string, origin: string): string {
  return new URL(path.startsWith("/") ? path : `/${path}`, origin).toString();
}

type RequestHeaders = { get(name: string): string | null };

/**
 * The origin email links point at: `AUTH_URL`, the public origin (production refuses to start
 * without it). Else, on a development or local install, the origin the request that causes the
 * email was sent to, so a server reached as http://devbox:3000 links there; with no request (a
 * background job), the local server. The Host header is the client's word: any install that
 * others can reach sets AUTH_URL.
 */
export function emailOrigin(request: RequestHeaders | null, env: Record<string, string | undefined> = process.env): string {
  if (env.AUTH_URL) return env.AUTH_URL;
  return (request && requestOrigin(request)) || `http://localhost:${env.PORT ?? 3000}`;
}

/** scheme://host of a request, from Host and the X-Forwarded-Proto that Next sets; null if unusable. */
function requestOrigin(request: RequestHeaders): string | null {
  const host = request.get("host");
  const protocol = request.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  if (!host || !["http", "https"].includes(protocol)) return null;
  try {
    const url = new URL(`${protocol}://${host}`);
    // Only a bare host[:port]: anything that parses into a path, credentials or a query is refused.
    return url.host === host.toLowerCase() && !url.username && url.pathname === "/" ? url.origin : null;
  } catch {
    return null;
  }
}
