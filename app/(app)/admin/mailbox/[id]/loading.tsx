import { Skeleton } from "@/components/ui/skeleton";

export default function MailboxMessageLoading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading the email">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-7 w-96 max-w-full" />
      <div className="grid gap-3 rounded-lg border border-border bg-surface p-4 sm:grid-cols-2">
        {Array.from({ length: 6 }, (_, item) => <Skeleton key={item} className="h-10" />)}
      </div>
      <Skeleton className="h-48" />
    </div>
  );
}
