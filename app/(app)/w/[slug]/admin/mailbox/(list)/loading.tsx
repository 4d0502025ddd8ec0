import { HeadingSkeleton, Skeleton } from "@/components/ui/skeleton";
import { TableSkeleton } from "@/components/ui/table-skeleton";

export default function MailboxLoading() {
  return (
    <div className="space-y-4" role="status" aria-busy="true" aria-label="Loading the mailbox">
      <HeadingSkeleton titleClassName="h-6 w-32" descriptionClassName="h-4 w-80" />
      <Skeleton className="h-12" />
      <TableSkeleton cells={["h-4 flex-1", "hidden h-4 w-48 md:block", "h-5 w-16 rounded-full", "h-4 w-20"]} />
    </div>
  );
}
