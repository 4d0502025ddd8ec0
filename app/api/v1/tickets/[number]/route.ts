import { apiRoute, readJsonBody } from "@/lib/api/handler";
import { versionFromIfMatch } from "@/lib/api/v1/headers";
import { operationSpec } from "@/lib/api/v1/operations";
import { updateTicketBodySchema } from "@/lib/api/v1/schemas";
import { ticketNumberFrom, ticketResponse } from "@/lib/api/v1/tickets";
import { changeTicketFields } from "@/lib/tickets/mutations/change";

export const dynamic = "force-dynamic";

type Params = { number: string };

export const GET = apiRoute<Params>(operationSpec("getTicket"), async ({ principal, params }) =>
  ticketResponse(principal.actor, ticketNumberFrom(params)));

export const PATCH = apiRoute<Params>(operationSpec("updateTicket"), async ({ request, principal, params, context }) => {
  const ticketNumber = ticketNumberFrom(params);
  const version = versionFromIfMatch(request);
  const fields = await readJsonBody(request, updateTicketBodySchema);
  await changeTicketFields(principal.actor, { ...fields, ticketNumber, version }, context);
  return ticketResponse(principal.actor, ticketNumber);
});
