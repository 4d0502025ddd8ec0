import { apiJson, apiRoute, readJsonBody } from "@/lib/api/handler";
import { etagOf, versionFromIfMatch } from "@/lib/api/v1/headers";
import { createStatusUpdateBodySchema, postedStatusUpdateSchema } from "@/lib/api/v1/incident-work-schemas";
import { INCIDENT_RECORD, incidentNumberFrom } from "@/lib/api/v1/incidents";
import { operationSpec } from "@/lib/api/v1/operations";
import { toStatusUpdate } from "@/lib/api/v1/serialize";
import { postIncidentUpdate } from "@/lib/incidents/updates/mutations";
import { listIncidentUpdates } from "@/lib/incidents/updates/queries";
import { postIncidentUpdateSchema } from "@/lib/incidents/updates/schemas";

export const dynamic = "force-dynamic";

type Params = { number: string };

export const GET = apiRoute<Params>(operationSpec("listStatusUpdates"), async ({ principal, params }) =>
  apiJson({ data: (await listIncidentUpdates(principal.actor, incidentNumberFrom(params))).map(toStatusUpdate) }));

export const POST = apiRoute<Params>(operationSpec("createStatusUpdate"), async ({ request, principal, params, context }) => {
  const incidentNumber = incidentNumberFrom(params);
  const version = versionFromIfMatch(request, INCIDENT_RECORD);
  const body = await readJsonBody(request, createStatusUpdateBodySchema);
  const posted = await postIncidentUpdate(principal.actor, postIncidentUpdateSchema.parse({ ...body, incidentNumber, version }), context);
  const update = (await listIncidentUpdates(principal.actor, incidentNumber)).find((candidate) => candidate.id === posted.id);
  if (!update) throw new Error(`Status update ${posted.id} vanished after posting.`);
  const { version: incidentVersion, ticketsReplied, requestersEmailed, ticketsResolved } = posted;
  const answer = postedStatusUpdateSchema.parse({ ...toStatusUpdate(update), incidentVersion, ticketsReplied, requestersEmailed, ticketsResolved });
  return apiJson(answer, { status: 201, headers: { ETag: etagOf(incidentVersion) } });
});
