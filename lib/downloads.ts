import "server-only";
import { randomUUID } from "node:crypto";
import { errorJsonResponse } from "@/lib/api/errors";
import type { Actor } from "@/lib/auth/actor";
import { getActorIn } from "@/lib/auth/session";

// The app's file downloads (ticket export, dashboard CSVs and report): refusals in the API's error
// shape and one set of headers, so none of them is cached or sniffed into something else.

export function downloadErrorResponse(status: 401 | 404, code: "UNAUTHENTICATED" | "NOT_FOUND", message: string): Response {
  return errorJsonResponse(status, { code, message, traceId: randomUUID() });
}

export function downloadHeaders(contentType: string, filename: string): HeadersInit {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}

/**
 * Who downloads from the workspace with `workspaceSlug`, or the refusal to send: 401 signed
 * out, 404 to someone signed in who is no member there (as for any page of it), and 404 while
 * they must still enrol in two-factor.
 */
export async function downloadActor(workspaceSlug: string, signInMessage: string): Promise<Actor | Response> {
  const actor = await getActorIn(workspaceSlug);
  if (actor && !actor.twoFactorEnrolmentRequired) return actor;
  if (actor || (await getActorIn(null))) return downloadErrorResponse(404, "NOT_FOUND", "Not found.");
  return downloadErrorResponse(401, "UNAUTHENTICATED", signInMessage);
}
