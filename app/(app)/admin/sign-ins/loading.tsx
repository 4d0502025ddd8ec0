import { Skeleton } from "@/components/ui/skeleton";

export default function SignInActivityLoading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading sign-in activity">
      <div className="space-y-2">
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <Skeleton className="h-20 w-full rounded-lg" />
      <div className="overflow-hidden rounded-lg border border-border bg-surface">
        <Skeleton className="h-10 rounded-none" />
        {Array.from({ length: 8 }, (_, row) => (
          <div key={row} className="flex items-center gap-4 border-t border-border px-4 py-3.5">
            <Skeleton className="h-4 w-20" />
            <Skeleton className="h-4 flex-1" />
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-5 w-28 rounded-full" />
          </div>
        ))}
      </div>
    </div>
  );
}
