import { HeadingSkeleton, Skeleton } from "@/components/ui/skeleton";
import { TableSkeleton } from "@/components/ui/table-skeleton";

export default function SignInActivityLoading() {
  return (
    <div className="space-y-6" role="status" aria-busy="true" aria-label="Loading sign-in activity">
      <HeadingSkeleton titleClassName="h-6 w-40" descriptionClassName="h-4 w-96 max-w-full" />
      <Skeleton className="h-20 w-full rounded-lg" />
      <TableSkeleton cells={["h-4 w-20", "h-4 flex-1", "h-4 w-24", "h-5 w-28 rounded-full"]} />
    </div>
  );
}
