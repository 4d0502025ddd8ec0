import { apiJson, apiRoute, readQuery } from "@/lib/api/handler";
import { operationSpec } from "@/lib/api/v1/operations";
import { listAuditLogsQuerySchema } from "@/lib/api/v1/schemas";
import { toAuditEntry } from "@/lib/api/v1/serialize";
import { listAuditEntries } from "@/lib/audit/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operationSpec("listAuditLogs"), async ({ request, principal }) => {
  const page = await listAuditEntries(principal.actor, readQuery(request, listAuditLogsQuerySchema));
  return apiJson({ data: page.entries.map(toAuditEntry), nextCursor: page.olderCursor });
});
