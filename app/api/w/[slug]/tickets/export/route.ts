import { downloadActor, downloadErrorResponse, downloadHeaders } from "@/lib/downloads";
import { requestContextFrom } from "@/lib/request-context";
import { canActOnTicket } from "@/lib/tickets/policy";
import { streamTicketsCsv } from "@/lib/tickets/search/export";
import { parseQueryString } from "@/lib/tickets/search/schemas";

export const dynamic = "force-dynamic";

/** The ticket list as CSV, with the list page's query parameters. Staff only; others get 404. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const actor = await downloadActor((await params).slug, "Sign in to export tickets.");
  if (actor instanceof Response) return actor;
  if (!canActOnTicket(actor, "export")) return downloadErrorResponse(404, "NOT_FOUND", "Not found.");

  const filters = parseQueryString(new URL(request.url).search);
  const stream = await streamTicketsCsv(actor, filters, { context: requestContextFrom(request.headers) });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, { headers: downloadHeaders("text/csv; charset=utf-8", `tickets-${day}.csv`) });
}
