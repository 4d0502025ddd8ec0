import { Plus, Siren, SearchX } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { IncidentFiltersForm } from "@/components/incidents/incident-filters-form";
import { IncidentList } from "@/components/incidents/incident-list";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getIncidentTimeZone, listIncidents } from "@/lib/incidents/queries";
import { type IncidentFilters, incidentFiltersSchema } from "@/lib/incidents/schemas";
import { parseQueryLeniently } from "@/lib/url-query";

export const metadata: Metadata = { title: "Incidents" };

const FILTER_KEYS = ["status", "severity", "declaredFrom", "declaredTo"] as const;

// No loading.tsx: a client is refused with a real HTTP 404 before anything streams; the list
// itself streams behind its skeleton below.
export default async function IncidentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "incidents.read")) notFound();
  const filters = parseQueryLeniently(incidentFiltersSchema, await searchParams);
  const timeZone = await getIncidentTimeZone(actor);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Incidents</h1>
          <p className="mt-1 text-sm text-fg-muted">Major problems the team runs as one response, newest first. Days are in {timeZone}.</p>
        </div>
        {can(actor, "incidents.manage") && (
          <WorkspaceLink href="/incidents/new" className={buttonClasses("primary")}>
            <Plus aria-hidden className="size-4" /> Declare incident
          </WorkspaceLink>
        )}
      </div>
      <IncidentFiltersForm filters={filters} timeZone={timeZone} />
      <Suspense key={JSON.stringify(filters)} fallback={<IncidentsSkeleton />}>
        <IncidentResults actor={actor} filters={filters} timeZone={timeZone} />
      </Suspense>
    </div>
  );
}

function IncidentsSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading incidents">
      <TableSkeleton cells={["h-4 flex-1", "h-5 w-12 rounded-full", "h-5 w-24 rounded-full", "h-4 w-24", "h-4 w-28"]} />
    </div>
  );
}

async function IncidentResults({ actor, filters, timeZone }: { actor: Actor; filters: IncidentFilters; timeZone: string }) {
  const page = await listIncidents(actor, filters);
  if (page.incidents.length === 0 && !filters.after) {
    const isFiltered = FILTER_KEYS.some((key) => filters[key]);
    return isFiltered ? (
      <EmptyState icon={SearchX} title="No incidents match these filters">Clear a filter or widen the days to see more.</EmptyState>
    ) : (
      <EmptyState icon={Siren} title="No incidents yet">
        When something breaks for many people at once, declare an incident here or from one of its tickets.
      </EmptyState>
    );
  }
  return (
    <div className="space-y-4">
      {page.incidents.length > 0 ? <IncidentList incidents={page.incidents} timeZone={timeZone} /> : <p className="text-sm text-fg-muted">No more incidents.</p>}
      <KeysetPager path="/incidents" filters={filters} keys={FILTER_KEYS} nextAfter={page.olderCursor} firstLabel="Newest" nextLabel="Older" />
    </div>
  );
}
