import { Skeleton } from "@/components/ui/skeleton";
import { CHART_HEIGHT } from "./chart-theme";

const CHART_CARDS = 8;

/** The figures' shape while they load: six headline cards, then the chart cards two by two. */
export function DashboardSkeleton() {
  return (
    <div className="space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        Loading the dashboard…
      </p>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="space-y-2 rounded-lg border border-border bg-surface p-4">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-7 w-20" />
            <Skeleton className="h-3 w-32" />
          </div>
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        {Array.from({ length: CHART_CARDS }, (_, index) => (
          <div key={index} className="space-y-4 rounded-lg border border-border bg-surface p-5">
            <div className="flex justify-between gap-4">
              <div className="space-y-2">
                <Skeleton className="h-5 w-40" />
                <Skeleton className="h-4 w-64 max-w-full" />
              </div>
              <Skeleton className="h-8 w-36" />
            </div>
            <div style={{ height: CHART_HEIGHT }}>
              <Skeleton className="h-full" />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
