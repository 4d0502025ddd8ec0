import { FileDown } from "lucide-react";
import type { Metadata } from "next";
import { Suspense } from "react";
import { DashboardFiltersForm } from "@/components/dashboard/dashboard-filters-form";
import { DashboardSkeleton } from "@/components/dashboard/dashboard-skeleton";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { buttonClasses } from "@/components/ui/button";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/session";
import { type DashboardChartKey, formatLongDay } from "@/lib/dashboard/format";
import { getDashboard, getDashboardFilterOptions, getReportTimeZone } from "@/lib/dashboard/queries";
import { dashboardParamsSchema, dashboardQuery, type DashboardParams, localToday, resolveScope } from "@/lib/dashboard/schemas";
import { parseQueryLeniently } from "@/lib/url-query";
import { workspaceDownloadPath } from "@/lib/workspaces/paths";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("dashboard.view");
  const params = parseQueryLeniently(dashboardParamsSchema, await searchParams);
  const [options, timeZone] = await Promise.all([getDashboardFilterOptions(actor), getReportTimeZone(actor)]);
  const { scope, rangeError } = resolveScope(params, localToday(new Date(), timeZone), timeZone);
  const query = dashboardQuery(params);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
          <p className="mt-1 text-sm text-fg-muted">
            How support is doing from {formatLongDay(scope.from)} to {formatLongDay(scope.to)}, in days of {timeZone}.
          </p>
        </div>
        {/* A plain anchor: the route answers with a file download, not a page. */}
        <a href={workspaceDownloadPath(actor.workspaceSlug, `/dashboard/report${query ? `?${query}` : ""}`)} className={buttonClasses("secondary")}>
          <FileDown aria-hidden className="size-4" /> Download PDF report
        </a>
      </div>
      <DashboardFiltersForm params={params} categories={options.categories} agents={options.agents} rangeError={rangeError} />
      {/* Keyed by the query, so changing the range shows the skeleton instead of stale charts. */}
      <Suspense key={query} fallback={<DashboardSkeleton />}>
        <DashboardFigures actor={actor} params={params} query={query} />
      </Suspense>
    </div>
  );
}

async function DashboardFigures({ actor, params, query }: { actor: Actor; params: DashboardParams; query: string }) {
  const { data } = await getDashboard(actor, params);
  const csvHref = (chart: DashboardChartKey) => workspaceDownloadPath(actor.workspaceSlug, `/dashboard/csv/${chart}${query ? `?${query}` : ""}`);
  return <DashboardView data={data} csvHref={csvHref} />;
}
