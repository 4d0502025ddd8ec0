import { HeadingSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function NewWorkspaceLoading() {
  return (
    <div className="mx-auto max-w-2xl space-y-6" role="status" aria-busy="true" aria-label="Loading the new workspace form">
      <HeadingSkeleton titleClassName="h-8 w-56" descriptionClassName="h-4 w-96" />
      <Skeleton className="h-80 w-full rounded-lg" />
    </div>
  );
}
