import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import { requestContextFrom } from "@/lib/request-context";
import { can } from "@/lib/tickets/policy";
import { streamTicketsCsv } from "@/lib/tickets/search/export";
import { parseQueryString } from "@/lib/tickets/search/schemas";

export const dynamic = "force-dynamic";

const errorResponse = (status: number, code: string, message: string) =>
  NextResponse.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });

/** The ticket list as CSV, with the list page's query parameters. Staff only; others get 404. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return errorResponse(401, "UNAUTHENTICATED", "Sign in to export tickets.");
  if (!can(actor, "export") || actor.twoFactorEnrolmentRequired) return errorResponse(404, "NOT_FOUND", "Not found.");

  const filters = parseQueryString(new URL(request.url).search);
  const stream = streamTicketsCsv(actor, filters, { context: requestContextFrom(request.headers) });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="tickets-${day}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
