import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { transactionFor } from "@/lib/db";
import { downloadActor, downloadErrorResponse } from "@/lib/downloads";
import { requestContextFrom } from "@/lib/request-context";
import { parseQueryLeniently, queryRecord } from "@/lib/url-query";
import { getDashboard, type DashboardResult } from "./queries";
import { dashboardParamsSchema } from "./schemas";

/**
 * The dashboard of the workspace with `workspaceSlug` a download asks for, with the page's query parameters, for managers and admins
 * (401 signed out, 404 for anyone else); the download is audited as `dashboard.exported`, since
 * it carries per-agent figures out of the app. Returns a Response to send instead on refusal.
 */
export async function dashboardForExport(
  request: Request,
  workspaceSlug: string,
  format: string,
): Promise<{ actor: Actor; result: DashboardResult } | Response> {
  const actor = await downloadActor(workspaceSlug, "Sign in to download reports.");
  if (actor instanceof Response) return actor;
  if (!can(actor, "dashboard.view")) return downloadErrorResponse(404, "NOT_FOUND", "Not found.");
  const params = parseQueryLeniently(dashboardParamsSchema, queryRecord(new URL(request.url).searchParams));
  const result = await getDashboard(actor, params);
  const { from, to, filters } = result.data.scope;
  await transactionFor(actor, (tx) => recordAudit(tx, {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    action: "dashboard.exported",
    targetType: "workspace",
    targetId: actor.workspaceId,
    metadata: { format, from, to, filters },
    context: requestContextFrom(request.headers),
  }));
  return { actor, result };
}
