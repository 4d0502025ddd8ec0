import { apiJson, apiRoute } from "@/lib/api/handler";
import { getApiUsage } from "@/lib/api/limits";
import { operationSpec } from "@/lib/api/v1/operations";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operationSpec("getUsage"), async ({ principal }) => apiJson(await getApiUsage(principal)));
