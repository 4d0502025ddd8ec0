import { apiJson, apiRoute } from "@/lib/api/handler";
import { operationSpec } from "@/lib/api/v1/operations";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operationSpec("getMe"), async ({ principal }) => {
  const { actor, workspace } = principal;
  return apiJson({
    user: { id: actor.userId, name: actor.name, email: actor.email },
    workspaceId: workspace.id,
    workspace,
    role: actor.role,
    key: { id: principal.keyId, kind: principal.kind, scopes: principal.scopes },
  });
});
