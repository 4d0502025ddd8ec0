import { Skeleton } from "@/components/ui/skeleton";

export default function TicketsLoading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading tickets">
      <div className="space-y-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-4 w-80" />
      </div>
      <div className="overflow-hidden rounded-lg border border-border bg-surface">
        <Skeleton className="h-10 rounded-none" />
        {Array.from({ length: 8 }, (_, row) => (
          <div key={row} className="flex items-center gap-4 border-t border-border px-4 py-3.5">
            <Skeleton className="h-4 w-10" />
            <Skeleton className="h-4 flex-1" />
            <Skeleton className="h-5 w-20 rounded-full" />
            <Skeleton className="h-4 w-16" />
            <Skeleton className="h-4 w-20" />
          </div>
        ))}
      </div>
    </div>
  );
}
