import { apiJson, apiRoute } from "@/lib/api/handler";
import { operationSpec } from "@/lib/api/v1/operations";
import { listOwnMemberships } from "@/lib/members/own-memberships";

export const dynamic = "force-dynamic";

// A service account belongs to its key's workspace alone; a person's token may show all of theirs.
export const GET = apiRoute(operationSpec("listWorkspaces"), async ({ principal }) => {
  if (principal.kind === "SERVICE") return apiJson({ data: [{ ...principal.workspace, role: principal.actor.role }] });
  const memberships = await listOwnMemberships(principal.actor.userId);
  return apiJson({ data: memberships.map(({ workspace, role }) => ({ ...workspace, role })) });
});
