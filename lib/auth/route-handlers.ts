import "server-only";
import type { Session } from "next-auth";
import type { NextRequest } from "next/server";
import { handlers } from "./auth";
import { loadActor, sessionClaims } from "./session";

type NextAuthRoute = { params: Promise<{ nextauth: string[] }> };
type Handler = (request: NextRequest) => Promise<Response>;

/**
 * Auth.js's own endpoints, with the session endpoint held to the rule every page follows: a
 * signed-out, disabled, removed or revoked session answers no session, whatever its cookie
 * still says (Auth.js alone would decode the cookie and answer for it).
 */
function withCheckedSession(handle: Handler) {
  return async (request: NextRequest, route: NextAuthRoute): Promise<Response> => {
    const response = await handle(request);
    const { nextauth } = await route.params;
    if (nextauth.join("/") !== "session" || response.status !== 200) return response;
    const session = (await response.clone().json()) as Session | null;
    if (!session || (await loadActor(sessionClaims(session)))) return response;
    return Response.json(null, { headers: { "Cache-Control": "private, no-cache, no-store" } });
  };
}

export const GET = withCheckedSession(handlers.GET);
export const POST = withCheckedSession(handlers.POST);
