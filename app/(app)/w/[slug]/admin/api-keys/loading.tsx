import { HeadingSkeleton, Skeleton } from "@/components/ui/skeleton";
import { TableSkeleton } from "@/components/ui/table-skeleton";

export default function ApiKeysLoading() {
  return (
    <div className="space-y-6" role="status" aria-busy="true" aria-label="Loading API keys">
      <HeadingSkeleton titleClassName="h-6 w-28" descriptionClassName="h-4 w-[32rem] max-w-full" />
      <Skeleton className="h-80 w-full rounded-lg" />
      <TableSkeleton
        cells={["h-4 w-32", "h-4 w-24", "h-5 w-40 rounded-full", "hidden h-4 w-24 lg:block", "hidden h-4 w-20 md:block", "hidden h-4 w-24 md:block", "h-5 w-16 rounded-full", "ml-auto h-8 w-20"]}
      />
    </div>
  );
}
