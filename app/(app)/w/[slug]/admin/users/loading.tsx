import { HeadingSkeleton, Skeleton } from "@/components/ui/skeleton";
import { TableSkeleton } from "@/components/ui/table-skeleton";

export default function PeopleLoading() {
  return (
    <div className="space-y-6" role="status" aria-busy="true" aria-label="Loading people">
      <HeadingSkeleton titleClassName="h-6 w-24" descriptionClassName="h-4 w-96 max-w-full" />
      <Skeleton className="h-28 w-full rounded-lg" />
      <Skeleton className="h-16 w-full max-w-md rounded-lg" />
      <TableSkeleton cells={["h-4 flex-1", "h-8 w-28", "h-5 w-28 rounded-full", "h-8 w-20"]} />
    </div>
  );
}
