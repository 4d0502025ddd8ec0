import type { DashboardChartKey } from "@/lib/dashboard/format";
import type { DashboardData } from "@/lib/dashboard/types";
import { BacklogChart } from "./backlog-chart";
import { CategoriesChart } from "./categories-chart";
import { ForecastChart } from "./forecast-chart";
import { HeadlineCards } from "./headline-cards";
import { IncidentsChart } from "./incidents-chart";
import { KindsChart } from "./kinds-chart";
import { PendingNotice } from "./pending-notice";
import { PeopleTable } from "./people-table";
import { QualityChart } from "./quality-chart";
import { SlaChart } from "./sla-chart";
import { SpeedChart } from "./speed-chart";
import { VolumeChart } from "./volume-chart";

/**
 * The dashboard's figures: headlines, then one card per chart. A server component on purpose:
 * `csvHref` is a function, which cannot cross into client components, so each card gets its
 * link as a string.
 */
export function DashboardView({ data, csvHref }: { data: DashboardData; csvHref: (chart: DashboardChartKey) => string }) {
  const { scope } = data;
  const generatedAt = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: scope.timeZone }).format(
    new Date(data.generatedAt),
  );
  return (
    <div className="space-y-6">
      <PendingNotice pendingDays={data.pendingDays} />
      <HeadlineCards headlines={data.headlines} scope={scope} />
      <div className="grid gap-6 lg:grid-cols-2">
        <VolumeChart scope={scope} data={data.volume} csvHref={csvHref("volume")} />
        <BacklogChart scope={scope} data={data.backlog} csvHref={csvHref("backlog")} />
        <SpeedChart scope={scope} data={data.speed} csvHref={csvHref("speed")} />
        <SlaChart
          scope={scope}
          data={data.sla.series}
          byPriority={data.backlog.byPriority}
          overdueNow={data.sla.overdueNow}
          csvHref={csvHref("sla")}
        />
        <QualityChart scope={scope} data={data.quality} csvHref={csvHref("quality")} />
        <ForecastChart scope={scope} data={data.forecast} overdueNow={data.sla.overdueNow} csvHref={csvHref("forecast")} />
        <CategoriesChart scope={scope} data={data.mix.categories} csvHref={csvHref("categories")} />
        <KindsChart scope={scope} data={data.mix.kinds} csvHref={csvHref("kinds")} />
        <div className="min-w-0 lg:col-span-2">
          <PeopleTable scope={scope} data={data.people} csvHref={csvHref("people")} />
        </div>
        <div className="min-w-0 lg:col-span-2">
          <IncidentsChart scope={scope} data={data.incidents} csvHref={csvHref("incidents")} />
        </div>
      </div>
      <p className="text-xs text-fg-muted">
        Figures as of {generatedAt} ({scope.timeZone}).
      </p>
    </div>
  );
}
