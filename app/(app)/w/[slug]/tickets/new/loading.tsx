import { HeadingSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function NewTicketLoading() {
  return (
    <div className="mx-auto max-w-3xl space-y-6" role="status" aria-busy="true" aria-label="Loading the new ticket form">
      <HeadingSkeleton titleClassName="h-8 w-40" descriptionClassName="h-4 w-80" />
      <Skeleton className="h-[32rem] w-full rounded-lg" />
    </div>
  );
}
