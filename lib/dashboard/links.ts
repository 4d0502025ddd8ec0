import type { IncidentSeverity, IncidentStatus, TicketKind, TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import { type TicketFilters, toQueryString } from "@/lib/tickets/search/schemas";
import type { DashboardScope } from "./types";

/** What a clicked bar, point or row stands for. */
export type DrillDown = {
  /** Which date the days select on: creation, or resolution (speed, SLA, reopens). */
  on?: "created" | "resolved";
  /** Days, both inclusive (report days: the ticket list reads them in the same zone). */
  from?: string;
  to?: string;
  /** A queue view: open tickets now, or the overdue ones. */
  view?: "open" | "overdue" | "all";
  status?: TicketStatus;
  priority?: TicketPriority;
  kind?: TicketKind;
  categoryId?: string | null;
  assigneeId?: string;
};

/**
 * The ticket list filtered to a figure: the dashboard's own filters, then the figure's. A date
 * figure covers the whole range unless it names days. Uncategorised tickets have no list filter,
 * so a link for them keeps the other filters only.
 */
export function ticketListHref(scope: Pick<DashboardScope, "from" | "to" | "filters">, drill: DrillDown): string {
  const priority = drill.priority ?? scope.filters.priority;
  const kind = drill.kind ?? scope.filters.kind;
  const categoryId = drill.categoryId === undefined ? scope.filters.categoryId : drill.categoryId;
  const days = { from: drill.from ?? scope.from, to: drill.to ?? scope.to };
  const filters: TicketFilters = {
    view: drill.view ?? "all",
    status: drill.status && [drill.status],
    priority: priority && [priority],
    kind: kind && [kind],
    categoryId: categoryId ?? undefined,
    assigneeId: drill.assigneeId ?? scope.filters.assigneeId,
    ...(drill.on === "created" && { createdFrom: days.from, createdTo: days.to }),
    ...(drill.on === "resolved" && { resolvedFrom: days.from, resolvedTo: days.to }),
  };
  return `/tickets?${toQueryString(filters)}`;
}

/** What a clicked incident figure stands for: a severity, declared in the range or open now in a status. */
export type IncidentDrillDown = { severity?: IncidentSeverity; status?: IncidentStatus };

/**
 * The incident list filtered to a figure: the incidents of the range are those declared in its
 * report days (the list reads them in the same zone); an open-now figure names its status and no days.
 */
export function incidentListHref(scope: Pick<DashboardScope, "from" | "to">, drill: IncidentDrillDown): string {
  const query = new URLSearchParams();
  if (drill.severity) query.set("severity", drill.severity);
  if (drill.status) query.set("status", drill.status);
  else {
    query.set("declaredFrom", scope.from);
    query.set("declaredTo", scope.to);
  }
  return `/incidents?${query.toString()}`;
}
