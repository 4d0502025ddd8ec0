import { apiJson, publicApiRoute, readJsonBody } from "@/lib/api/handler";
import { exchangeCredentialsForToken } from "@/lib/api/v1/token-exchange";
import { createTokenBodySchema } from "@/lib/api/v1/token-schemas";

export const dynamic = "force-dynamic";

export const POST = publicApiRoute(async ({ request, context }) => {
  const body = await readJsonBody(request, createTokenBodySchema);
  return apiJson(await exchangeCredentialsForToken(body, context), { status: 201 });
});
