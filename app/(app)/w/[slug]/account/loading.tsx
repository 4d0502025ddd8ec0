import { HeadingSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function AccountLoading() {
  return (
    <div className="max-w-3xl space-y-6" role="status" aria-busy="true" aria-label="Loading account settings">
      <HeadingSkeleton titleClassName="h-8 w-56" descriptionClassName="h-4 w-72" />
      {[0, 1, 2, 3, 4].map((section) => (
        <Skeleton key={section} className="h-40 w-full rounded-lg" />
      ))}
    </div>
  );
}
