import { HeadingSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function TicketLoading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading ticket">
      <Skeleton className="h-4 w-24" />
      <HeadingSkeleton titleClassName="h-8 w-2/3" descriptionClassName="h-5 w-96 max-w-full" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-4">
          <Skeleton className="h-32 w-full" />
          <Skeleton className="h-5 w-24" />
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-4 w-1/2" />
          <Skeleton className="h-24 w-full" />
        </div>
        <Skeleton className="h-72 w-full" />
      </div>
    </div>
  );
}
