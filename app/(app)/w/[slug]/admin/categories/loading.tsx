import { HeadingSkeleton, Skeleton } from "@/components/ui/skeleton";
import { TableSkeleton } from "@/components/ui/table-skeleton";

export default function CategoriesLoading() {
  return (
    <div className="space-y-6" role="status" aria-busy="true" aria-label="Loading categories">
      <HeadingSkeleton titleClassName="h-6 w-32" descriptionClassName="h-4 w-[32rem] max-w-full" />
      <Skeleton className="h-36 w-full rounded-lg" />
      <TableSkeleton
        cells={["h-4 w-40", "hidden h-4 flex-1 md:block", "h-4 w-8", "h-5 w-16 rounded-full", "h-8 w-48"]}
      />
    </div>
  );
}
