import { apiJson, apiRoute, readJsonBody } from "@/lib/api/handler";
import { createTaskBodySchema } from "@/lib/api/v1/incident-work-schemas";
import { incidentNumberFrom, taskResponse } from "@/lib/api/v1/incidents";
import { operationSpec } from "@/lib/api/v1/operations";
import { toTask } from "@/lib/api/v1/serialize";
import { addIncidentTask } from "@/lib/incidents/tasks/mutations";
import { listIncidentTasks } from "@/lib/incidents/tasks/queries";

export const dynamic = "force-dynamic";

type Params = { number: string };

export const GET = apiRoute<Params>(operationSpec("listIncidentTasks"), async ({ principal, params }) =>
  apiJson({ data: (await listIncidentTasks(principal.actor, incidentNumberFrom(params))).map(toTask) }));

export const POST = apiRoute<Params>(operationSpec("createIncidentTask"), async ({ request, principal, params, context }) => {
  const incidentNumber = incidentNumberFrom(params);
  const body = await readJsonBody(request, createTaskBodySchema);
  const { id } = await addIncidentTask(principal.actor, { ...body, incidentNumber }, context);
  return taskResponse(principal.actor, incidentNumber, id, 201);
});
