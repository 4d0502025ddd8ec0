import { apiJson, apiRoute, readJsonBody, readQuery } from "@/lib/api/handler";
import { requestHashOf, requestKeyFrom } from "@/lib/api/v1/headers";
import { operationSpec } from "@/lib/api/v1/operations";
import { createTicketBodySchema, listTicketsQuerySchema } from "@/lib/api/v1/schemas";
import { toTicketSummary } from "@/lib/api/v1/serialize";
import { ticketResponse } from "@/lib/api/v1/tickets";
import { createTicket } from "@/lib/tickets/mutations/create";
import { searchTickets } from "@/lib/tickets/search/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operationSpec("listTickets"), async ({ request, principal }) => {
  const { limit, ...filters } = readQuery(request, listTicketsQuerySchema);
  const page = await searchTickets(principal.actor, filters, { pageSize: limit });
  return apiJson({ data: page.tickets.map(toTicketSummary), nextCursor: page.nextCursor, prevCursor: page.prevCursor });
});

export const POST = apiRoute(operationSpec("createTicket"), async ({ request, principal, context }) => {
  const requestKey = requestKeyFrom(request);
  const body = await readJsonBody(request, createTicketBodySchema);
  const created = await createTicket(principal.actor, { ...body, requestKey, requestHash: requestHashOf(body) }, context);
  return ticketResponse(principal.actor, created.number, 201, {
    Location: `/api/v1/tickets/${created.number}`,
    ...(!created.isNew && { "Idempotent-Replayed": "true" }),
  });
});
