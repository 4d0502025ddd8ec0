import type { IncidentSeverity, IncidentStatus, TicketKind, TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";

// The dashboard's data as the page, the charts, the CSV and the PDF read it: plain values only
// (dates as YYYY-MM-DD strings in the workspace's report time zone, durations in seconds), so a
// server component can hand it to client charts as it is. Computed by lib/dashboard/queries.ts.

export type Granularity = "day" | "week" | "month";

/** The filters that narrow every figure; absent means all. "none" is the unassigned tickets. */
export type DashboardFilters = {
  categoryId?: string;
  priority?: TicketPriority;
  kind?: TicketKind;
  assigneeId?: string;
};

export type DashboardScope = {
  /** First and last report day of the range, both inclusive. */
  from: string;
  to: string;
  /** The equal range just before it, for the headline comparisons. */
  previousFrom: string;
  previousTo: string;
  granularity: Granularity;
  filters: DashboardFilters;
  /** The workspace's report time zone, e.g. "Europe/Berlin". */
  timeZone: string;
  /** Today in that zone. */
  today: string;
};

/** A bucket of the range: `start` is its first day; `end` its last (clipped to the range). */
export type Period = { start: string; end: string };

export type VolumePoint = Period & { created: number; resolved: number };
/** Open tickets at the end of the period's last day (see the README for the method). */
export type BacklogPoint = Period & { backlog: number };
/** Durations in seconds; null when nothing happened in the period. */
export type SpeedPoint = Period & {
  responded: number;
  firstResponseP50: number | null;
  firstResponseP90: number | null;
  resolved: number;
  resolutionP50: number | null;
  resolutionP90: number | null;
};
/** Breach rates are shares in [0, 1] of the tickets that had a due time; null without any. */
export type SlaPoint = Period & {
  resolvedWithDue: number;
  resolvedLate: number;
  breachRate: number | null;
  respondedWithDue: number;
  respondedLate: number;
  firstResponseBreachRate: number | null;
};
export type ReopenPoint = Period & { resolved: number; reopened: number; reopenRate: number | null };

export type StatusCount = { status: TicketStatus; count: number };
export type PriorityRow = {
  priority: TicketPriority;
  /** Open now. */
  open: number;
  /** In the range. */
  resolvedWithDue: number;
  resolvedLate: number;
  breachRate: number | null;
};
export type CategoryRow = {
  /** Null: tickets without a category. */
  categoryId: string | null;
  name: string;
  created: number;
  resolved: number;
  resolutionP50: number | null;
};
export type KindRow = { kind: TicketKind; created: number };
export type AgentRow = {
  assigneeId: string;
  name: string;
  /** Open tickets assigned now. */
  open: number;
  resolved: number;
  resolutionP50: number | null;
};

export type ForecastPoint = { date: string; backlog: number };
export type Forecast = {
  /** Open tickets whose resolution due time falls in the next 4 / 24 hours. */
  breachWithin4h: number;
  breachWithin24h: number;
  backlogNow: number;
  /** Average tickets created / leaving the backlog per day over the trailing window. */
  createdPerDay: number;
  closedPerDay: number;
  trailingDays: number;
  /** Today, then one point per week ahead. */
  projection: ForecastPoint[];
};

/** Seconds from declaration, over the incidents that reached the stage; null without any. */
export type IncidentTimes = { count: number; p50: number | null; p90: number | null };
/** Incidents declared in the range (by their severity now), and how fast they were handled. */
export type IncidentRangeFigures = { declared: number; acknowledge: IncidentTimes; resolve: IncidentTimes };
export type IncidentSeverityRow = IncidentRangeFigures & {
  severity: IncidentSeverity;
  /** Not resolved or closed now, whenever declared. */
  openNow: number;
};
/** Not resolved or closed: INVESTIGATING, IDENTIFIED or MONITORING. */
export type OpenIncidentCount = { severity: IncidentSeverity; status: Exclude<IncidentStatus, "RESOLVED" | "CLOSED">; count: number };
export type IncidentMetrics = {
  /** Every severity, most severe first. */
  bySeverity: IncidentSeverityRow[];
  total: IncidentRangeFigures & { openNow: number };
  /** The open incidents now by severity and status (only the non-zero pairs). */
  open: OpenIncidentCount[];
};

export type HeadlineKey =
  | "created"
  | "resolved"
  | "firstResponseP50"
  | "resolutionP50"
  | "breachRate"
  | "reopenRate";
export type Headline = {
  key: HeadlineKey;
  label: string;
  unit: "count" | "seconds" | "share";
  /** Whether a fall is good news (times, breaches) or a rise (resolutions). Null: neither. */
  better: "lower" | "higher" | null;
  value: number | null;
  previous: number | null;
};

export type DashboardData = {
  scope: DashboardScope;
  /** ISO timestamp of the computation. */
  generatedAt: string;
  /** Days still waiting to be folded into the rollups (a rebuild in progress); 0 normally. */
  pendingDays: number;
  headlines: Headline[];
  volume: VolumePoint[];
  backlog: { byStatus: StatusCount[]; byPriority: PriorityRow[]; series: BacklogPoint[] };
  speed: SpeedPoint[];
  sla: { series: SlaPoint[]; overdueNow: number };
  quality: ReopenPoint[];
  mix: { categories: CategoryRow[]; kinds: KindRow[] };
  people: AgentRow[];
  forecast: Forecast;
  incidents: IncidentMetrics;
};

/** The figures computed from tickets (reused while no ticket changes); incidents are added to them. */
export type TicketDashboardData = Omit<DashboardData, "incidents">;
