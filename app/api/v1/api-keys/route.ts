import { apiJson, apiRoute, readJsonBody } from "@/lib/api/handler";
import { createApiKeyBodySchema } from "@/lib/api/v1/key-schemas";
import { operationSpec } from "@/lib/api/v1/operations";
import { toApiKey, toCreatedApiKey } from "@/lib/api/v1/serialize";
import { createServiceAccountKey } from "@/lib/api-keys/mutations";
import { listServiceKeys } from "@/lib/api-keys/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operationSpec("listApiKeys"), async ({ principal }) =>
  apiJson({ data: (await listServiceKeys(principal.actor)).map(toApiKey) }));

export const POST = apiRoute(operationSpec("createApiKey"), async ({ request, principal, context }) => {
  const body = await readJsonBody(request, createApiKeyBodySchema);
  const created = await createServiceAccountKey(principal.actor, body, context);
  return apiJson(toCreatedApiKey(created, body), { status: 201 });
});
