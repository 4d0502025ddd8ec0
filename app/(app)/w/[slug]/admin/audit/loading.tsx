import { HeadingSkeleton, Skeleton } from "@/components/ui/skeleton";
import { TableSkeleton } from "@/components/ui/table-skeleton";

export default function AuditLogLoading() {
  return (
    <div className="space-y-6" role="status" aria-busy="true" aria-label="Loading the audit log">
      <HeadingSkeleton titleClassName="h-6 w-28" descriptionClassName="h-4 w-96 max-w-full" />
      <Skeleton className="h-40 w-full rounded-lg" />
      <TableSkeleton cells={["h-4 w-20", "h-4 w-28", "h-4 w-32", "h-4 flex-1", "h-4 w-24"]} />
    </div>
  );
}
