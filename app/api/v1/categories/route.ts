import { apiJson, apiRoute } from "@/lib/api/handler";
import { operationSpec } from "@/lib/api/v1/operations";
import { listSelectableCategories } from "@/lib/categories/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operationSpec("listCategories"), async ({ principal }) =>
  apiJson({ data: await listSelectableCategories(principal.actor) }));
