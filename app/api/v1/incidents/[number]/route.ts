import { apiRoute, readJsonBody } from "@/lib/api/handler";
import { versionFromIfMatch } from "@/lib/api/v1/headers";
import { updateIncidentBodySchema } from "@/lib/api/v1/incident-schemas";
import { INCIDENT_RECORD, incidentNumberFrom, incidentResponse } from "@/lib/api/v1/incidents";
import { operationSpec } from "@/lib/api/v1/operations";
import { changeIncidentFields } from "@/lib/incidents/mutations";

export const dynamic = "force-dynamic";

type Params = { number: string };

export const GET = apiRoute<Params>(operationSpec("getIncident"), async ({ principal, params }) =>
  incidentResponse(principal.actor, incidentNumberFrom(params)));

export const PATCH = apiRoute<Params>(operationSpec("updateIncident"), async ({ request, principal, params, context }) => {
  const incidentNumber = incidentNumberFrom(params);
  const version = versionFromIfMatch(request, INCIDENT_RECORD);
  const fields = await readJsonBody(request, updateIncidentBodySchema);
  await changeIncidentFields(principal.actor, { ...fields, incidentNumber, version }, context);
  return incidentResponse(principal.actor, incidentNumber);
});
