import { apiRoute, readJsonBody } from "@/lib/api/handler";
import { versionFromIfMatch } from "@/lib/api/v1/headers";
import { updateTaskBodySchema } from "@/lib/api/v1/incident-work-schemas";
import { TASK_RECORD, findTask, incidentNumberFrom, taskIdFrom, taskResponse } from "@/lib/api/v1/incidents";
import { operationSpec } from "@/lib/api/v1/operations";
import { editIncidentTask, setIncidentTaskDone } from "@/lib/incidents/tasks/mutations";

export const dynamic = "force-dynamic";

type Params = { number: string; taskId: string };

export const PATCH = apiRoute<Params>(operationSpec("updateIncidentTask"), async ({ request, principal, params, context }) => {
  const incidentNumber = incidentNumberFrom(params);
  const taskId = taskIdFrom(params);
  let version = versionFromIfMatch(request, TASK_RECORD);
  const { title, ownerId, dueAt, done } = await readJsonBody(request, updateTaskBodySchema);
  if (title !== undefined || ownerId !== undefined || dueAt !== undefined) {
    // The task form sends every field; what this PATCH leaves out stays as it is. A task changed
    // since If-Match is refused by the edit's own version check.
    const current = await findTask(principal.actor, incidentNumber, taskId);
    ({ version } = await editIncidentTask(principal.actor, {
      incidentNumber,
      taskId,
      version,
      title: title ?? current.title,
      ownerId: ownerId === undefined ? (current.owner?.id ?? null) : ownerId,
      dueAt: dueAt === undefined ? current.dueAt : dueAt,
    }, context));
  }
  if (done !== undefined) await setIncidentTaskDone(principal.actor, { incidentNumber, taskId, version, done }, context);
  return taskResponse(principal.actor, incidentNumber, taskId);
});
