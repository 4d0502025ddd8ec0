import { type DrillDown, ticketListHref } from "@/lib/dashboard/links";
import type { DashboardScope } from "@/lib/dashboard/types";

export type DrillScope = Pick<DashboardScope, "from" | "to" | "filters">;

/** The ticket list behind a figure, inside the workspace. Free of hooks, so server components use it too. */
export function drillHref(scope: DrillScope, drill: DrillDown): string {
  return ticketListHref(scope, drill);
}
