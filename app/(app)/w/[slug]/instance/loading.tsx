import { HeadingSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function InstanceSettingsLoading() {
  return (
    <div className="max-w-3xl space-y-6" role="status" aria-busy="true" aria-label="Loading instance settings">
      <HeadingSkeleton titleClassName="h-8 w-48" descriptionClassName="h-4 w-96" />
      <Skeleton className="h-72 w-full rounded-lg" />
    </div>
  );
}
