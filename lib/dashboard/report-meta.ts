import "server-only";
import { dbFor } from "@/lib/db";
import { KIND_LABELS, PRIORITY_LABELS } from "@/lib/tickets/labels";
import type { ReportMeta } from "./pdf/document";
import type { DashboardFilters } from "./types";

/** What a PDF report's heading names: the workspace, and the filters in words. */
export async function getReportMeta(workspaceId: string, filters: DashboardFilters): Promise<ReportMeta> {
  const [workspace, filtersText] = await Promise.all([
    dbFor({ workspaceId }).workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } }),
    describeFilters(workspaceId, filters),
  ]);
  return { workspaceName: workspace.name, filtersText };
}

/** The filters in words: "Priority: High · Agent: Ada Lovelace", or "All tickets". */
async function describeFilters(workspaceId: string, filters: DashboardFilters): Promise<string> {
  const parts: string[] = [];
  if (filters.categoryId) {
    const category = await dbFor({ workspaceId }).category.findFirst({ where: { id: filters.categoryId, workspaceId }, select: { name: true } });
    parts.push(`Category: ${category?.name ?? "deleted category"}`);
  }
  if (filters.priority) parts.push(`Priority: ${PRIORITY_LABELS[filters.priority]}`);
  if (filters.kind) parts.push(`Kind: ${KIND_LABELS[filters.kind]}`);
  if (filters.assigneeId === "none") parts.push("Agent: unassigned");
  else if (filters.assigneeId) {
    const member = await dbFor({ workspaceId }).membership.findFirst({ where: { workspaceId, userId: filters.assigneeId }, select: { user: { select: { name: true } } } });
    parts.push(`Agent: ${member?.user.name ?? "former member"}`);
  }
  return parts.length > 0 ? parts.join(" · ") : "All tickets";
}
