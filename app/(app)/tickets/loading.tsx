import { HeadingSkeleton } from "@/components/ui/skeleton";
import { TableSkeleton } from "@/components/ui/table-skeleton";

export default function TicketsLoading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading tickets">
      <HeadingSkeleton titleClassName="h-8 w-40" descriptionClassName="h-4 w-80" />
      <TableSkeleton cells={["h-4 w-10", "h-4 flex-1", "h-5 w-20 rounded-full", "h-4 w-16", "h-4 w-20"]} />
    </div>
  );
}
