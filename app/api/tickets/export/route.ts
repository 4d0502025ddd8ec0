import { getActor } from "@/lib/auth/session";
import { downloadErrorResponse, downloadHeaders } from "@/lib/downloads";
import { requestContextFrom } from "@/lib/request-context";
import { canActOnTicket } from "@/lib/tickets/policy";
import { streamTicketsCsv } from "@/lib/tickets/search/export";
import { parseQueryString } from "@/lib/tickets/search/schemas";

export const dynamic = "force-dynamic";

/** The ticket list as CSV, with the list page's query parameters. Staff only; others get 404. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return downloadErrorResponse(401, "UNAUTHENTICATED", "Sign in to export tickets.");
  if (!canActOnTicket(actor, "export") || actor.twoFactorEnrolmentRequired) return downloadErrorResponse(404, "NOT_FOUND", "Not found.");

  const filters = parseQueryString(new URL(request.url).search);
  const stream = await streamTicketsCsv(actor, filters, { context: requestContextFrom(request.headers) });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, { headers: downloadHeaders("text/csv; charset=utf-8", `tickets-${day}.csv`) });
}
