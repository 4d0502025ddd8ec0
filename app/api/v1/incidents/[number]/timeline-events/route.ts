import { apiJson, apiRoute, readJsonBody } from "@/lib/api/handler";
import { createTimelineNoteBodySchema } from "@/lib/api/v1/incident-schemas";
import { incidentNumberFrom } from "@/lib/api/v1/incidents";
import { operationSpec } from "@/lib/api/v1/operations";
import { toTimelineEvent } from "@/lib/api/v1/serialize";
import { addIncidentNote } from "@/lib/incidents/mutations";
import { getIncident, getIncidentEvent } from "@/lib/incidents/queries";

export const dynamic = "force-dynamic";

type Params = { number: string };

export const GET = apiRoute<Params>(operationSpec("listTimelineEvents"), async ({ principal, params }) => {
  const { timeline, timelineTruncated } = await getIncident(principal.actor, incidentNumberFrom(params));
  return apiJson({ data: timeline.map(toTimelineEvent), truncated: timelineTruncated });
});

export const POST = apiRoute<Params>(operationSpec("createTimelineNote"), async ({ request, principal, params }) => {
  const incidentNumber = incidentNumberFrom(params);
  const body = await readJsonBody(request, createTimelineNoteBodySchema);
  const { id } = await addIncidentNote(principal.actor, { ...body, incidentNumber });
  return apiJson(toTimelineEvent(await getIncidentEvent(principal.actor, incidentNumber, id)), { status: 201 });
});
