import "server-only";
import { db, transactionFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type IncidentSeverity, IncidentStatus, IncidentUpdateVisibility } from "@/lib/generated/prisma/enums";

export const HISTORY_DAYS = 90;
// Bounds that no real page reaches, so one runaway workspace cannot make the page heavy.
export const MAX_CURRENT_INCIDENTS = 20;
export const MAX_UPDATES_PER_INCIDENT = 20;
export const MAX_HISTORY_INCIDENTS = 100;

const OPEN_STATUSES = [IncidentStatus.INVESTIGATING, IncidentStatus.IDENTIFIED, IncidentStatus.MONITORING];
const hasPublicUpdate = { statusUpdates: { some: { visibility: IncidentUpdateVisibility.PUBLIC } } } satisfies Prisma.IncidentWhereInput;

// Only what the public may see: never the summary, people, internal updates or tickets.
const publicUpdates = (take: number) =>
  ({
    where: { visibility: IncidentUpdateVisibility.PUBLIC },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, status: true, body: true, createdAt: true },
  }) satisfies Prisma.Incident$statusUpdatesArgs;

const incidentSelect = (updates: number) =>
  ({
    id: true,
    title: true,
    severity: true,
    status: true,
    declaredAt: true,
    resolvedAt: true,
    statusUpdates: publicUpdates(updates),
  }) satisfies Prisma.IncidentSelect;

export type PublicIncident = Prisma.IncidentGetPayload<{ select: ReturnType<typeof incidentSelect> }>;
export type HistoryDay = { day: string; incidents: PublicIncident[] };

export type StatusPageData = {
  workspace: { id: string; name: string; slug: string };
  /** The worst severity among current incidents; null when there are none. */
  worstSeverity: IncidentSeverity | null;
  current: PublicIncident[];
  /** Days (YYYY-MM-DD in the workspace's report time zone) that had incidents, newest first. */
  history: HistoryDay[];
  timeZone: string;
  generatedAt: Date;
};

const SEVERITY_ORDER: IncidentSeverity[] = ["SEV1", "SEV2", "SEV3", "SEV4"];

function worstOf(incidents: readonly PublicIncident[]): IncidentSeverity | null {
  return SEVERITY_ORDER.find((severity) => incidents.some((incident) => incident.severity === severity)) ?? null;
}

function groupByDay(incidents: readonly PublicIncident[], timeZone: string): HistoryDay[] {
  const dayOf = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const days = new Map<string, PublicIncident[]>();
  for (const incident of incidents) {
    const day = dayOf.format(incident.declaredAt);
    days.set(day, [...(days.get(day) ?? []), incident]);
  }
  return [...days].map(([day, dayIncidents]) => ({ day, incidents: dayIncidents }));
}

/** A slug's page, and whose workspace it names when one does (so turning the page on can reach it). */
export type StatusPageLookup = { workspaceId: string | null; page: StatusPageData | null };

/**
 * The public status page of the workspace at `slug`; page null (a 404) unless the workspace
 * exists, is not being deleted and has the page turned on. Public: no actor. The workspace
 * registry is readable by anyone; what follows reads in that workspace's scope, through the
 * indexes on open incidents by status and on incidents by declaration time.
 */
export async function findStatusPage(slug: string, now = new Date()): Promise<StatusPageLookup> {
  const workspace = await db.workspace.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, statusPageEnabled: true, deletionRequestedAt: true, reportTimeZone: true },
  });
  if (!workspace) return { workspaceId: null, page: null };
  if (!workspace.statusPageEnabled || workspace.deletionRequestedAt) return { workspaceId: workspace.id, page: null };
  const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
  const [current, past] = await transactionFor({ workspaceId: workspace.id }, async (tx) => [
    await tx.incident.findMany({
      where: { workspaceId: workspace.id, status: { in: OPEN_STATUSES }, ...hasPublicUpdate },
      orderBy: [{ severity: "asc" }, { declaredAt: "desc" }, { id: "desc" }],
      take: MAX_CURRENT_INCIDENTS,
      select: incidentSelect(MAX_UPDATES_PER_INCIDENT),
    }),
    await tx.incident.findMany({
      where: { workspaceId: workspace.id, declaredAt: { gte: since }, status: { notIn: OPEN_STATUSES }, ...hasPublicUpdate },
      orderBy: [{ declaredAt: "desc" }, { id: "desc" }],
      take: MAX_HISTORY_INCIDENTS,
      select: incidentSelect(1),
    }),
  ]);
  const page: StatusPageData = {
    workspace: { id: workspace.id, name: workspace.name, slug: workspace.slug },
    worstSeverity: worstOf(current),
    current,
    history: groupByDay(past, workspace.reportTimeZone),
    timeZone: workspace.reportTimeZone,
    generatedAt: now,
  };
  return { workspaceId: workspace.id, page };
}
