import { Skeleton } from "@/components/ui/skeleton";

/** The ticket page below its header while the timeline and the controls load. */
export function TicketBodySkeleton() {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]" role="status" aria-busy="true" aria-label="Loading ticket">
      <div className="space-y-4">
        <Skeleton className="h-32 w-full" />
        <Skeleton className="h-5 w-24" />
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-4 w-1/2" />
        <Skeleton className="h-24 w-full" />
      </div>
      <Skeleton className="h-72 w-full" />
    </div>
  );
}
