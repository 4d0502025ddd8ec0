import { apiJson, apiRoute, readJsonBody } from "@/lib/api/handler";
import { createServiceAccountBodySchema } from "@/lib/api/v1/key-schemas";
import { operationSpec } from "@/lib/api/v1/operations";
import { toCreatedApiKey, toServiceAccount } from "@/lib/api/v1/serialize";
import { createServiceKey } from "@/lib/api-keys/mutations";
import { listServiceAccounts } from "@/lib/api-keys/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operationSpec("listServiceAccounts"), async ({ principal }) =>
  apiJson({ data: (await listServiceAccounts(principal.actor)).map(toServiceAccount) }));

export const POST = apiRoute(operationSpec("createServiceAccount"), async ({ request, principal, context }) => {
  const body = await readJsonBody(request, createServiceAccountBodySchema);
  const created = await createServiceKey(principal.actor, body, context);
  const { serviceAccountId, role, createdAt } = created;
  return apiJson(
    {
      serviceAccount: { id: serviceAccountId, name: body.name, role, activeKeys: 1, createdAt: createdAt.toISOString() },
      key: toCreatedApiKey(created, { serviceAccountId, name: body.name, scopes: body.scopes }),
    },
    { status: 201 },
  );
});
