import { HeadingSkeleton, Skeleton } from "@/components/ui/skeleton";
import { TableSkeleton } from "@/components/ui/table-skeleton";

export default function TicketsLoading() {
  return (
    <div className="space-y-6" role="status" aria-busy="true" aria-label="Loading tickets">
      <HeadingSkeleton titleClassName="h-8 w-40" descriptionClassName="h-4 w-80" />
      {/* Queue tabs, search box and the filters disclosure. */}
      <div className="flex gap-2">
        {["w-28", "w-16", "w-16", "w-20", "w-20", "w-36", "w-10"].map((width, index) => (
          <Skeleton key={index} className={`h-8 ${width}`} />
        ))}
      </div>
      <Skeleton className="h-9 w-full" />
      <Skeleton className="h-10 w-full" />
      <TableSkeleton cells={["h-4 w-10", "h-4 flex-1", "h-5 w-20 rounded-full", "h-4 w-16", "h-4 w-20"]} />
    </div>
  );
}
