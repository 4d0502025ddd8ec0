import { apiJson, apiRoute, readJsonBody, readQuery } from "@/lib/api/handler";
import { requestHashOf, requestKeyFrom } from "@/lib/api/v1/headers";
import { declareIncidentBodySchema, listIncidentsQuerySchema } from "@/lib/api/v1/incident-schemas";
import { incidentResponse } from "@/lib/api/v1/incidents";
import { operationSpec } from "@/lib/api/v1/operations";
import { toIncidentSummary } from "@/lib/api/v1/serialize";
import { declareIncident } from "@/lib/incidents/mutations";
import { listIncidents } from "@/lib/incidents/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operationSpec("listIncidents"), async ({ request, principal }) => {
  const { limit, cursor, ...filters } = readQuery(request, listIncidentsQuerySchema);
  const page = await listIncidents(principal.actor, { ...filters, after: cursor }, { pageSize: limit });
  return apiJson({ data: page.incidents.map(toIncidentSummary), nextCursor: page.olderCursor });
});

export const POST = apiRoute(operationSpec("declareIncident"), async ({ request, principal, context }) => {
  const requestKey = requestKeyFrom(request);
  const body = await readJsonBody(request, declareIncidentBodySchema);
  const declared = await declareIncident(principal.actor, { ...body, requestKey, requestHash: requestHashOf(body) }, context);
  return incidentResponse(principal.actor, declared.number, 201, {
    Location: `/api/v1/incidents/${declared.number}`,
    ...(!declared.isNew && { "Idempotent-Replayed": "true" }),
  });
});
