import { apiJson, apiRoute } from "@/lib/api/handler";
import { incidentNumberFrom } from "@/lib/api/v1/incidents";
import { operationSpec } from "@/lib/api/v1/operations";
import { ticketNumberFrom } from "@/lib/api/v1/tickets";
import { linkIncidentTicket, unlinkIncidentTicket } from "@/lib/incidents/mutations";

export const dynamic = "force-dynamic";

type Params = { number: string; ticketNumber: string };

const linkOf = (params: Params) => ({ incidentNumber: incidentNumberFrom(params), ticketNumber: ticketNumberFrom({ number: params.ticketNumber }) });

export const POST = apiRoute<Params>(operationSpec("linkIncidentTicket"), async ({ principal, params }) => {
  const link = linkOf(params);
  const { changed } = await linkIncidentTicket(principal.actor, link);
  return apiJson({ ...link, linked: true, changed });
});

export const DELETE = apiRoute<Params>(operationSpec("unlinkIncidentTicket"), async ({ principal, params }) => {
  const link = linkOf(params);
  const { changed } = await unlinkIncidentTicket(principal.actor, link);
  return apiJson({ ...link, linked: false, changed });
});
