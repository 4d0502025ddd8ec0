import { apiJson, apiRoute } from "@/lib/api/handler";
import { apiKeyIdParamsSchema } from "@/lib/api/v1/key-schemas";
import { operationSpec } from "@/lib/api/v1/operations";
import { revokeApiKey } from "@/lib/api-keys/mutations";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

type Params = { id: string };

// An id that is not a UUID names no key: "not found", as an unknown one.
export const POST = apiRoute<Params>(operationSpec("revokeApiKey"), async ({ principal, params, context }) => {
  const parsed = apiKeyIdParamsSchema.safeParse(params);
  if (!parsed.success) throw new NotFoundError("That key was not found.");
  const { revoked } = await revokeApiKey(principal.actor, parsed.data, context);
  return apiJson({ id: parsed.data.id, revoked });
});
