import { Skeleton } from "@/components/ui/skeleton";

export default function MailboxLoading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading the mailbox">
      <div className="space-y-2">
        <Skeleton className="h-6 w-32" />
        <Skeleton className="h-4 w-80" />
      </div>
      <Skeleton className="h-12" />
      <div className="overflow-hidden rounded-lg border border-border bg-surface">
        <Skeleton className="h-10 rounded-none" />
        {Array.from({ length: 8 }, (_, row) => (
          <div key={row} className="flex items-center gap-4 border-t border-border px-4 py-3.5">
            <Skeleton className="h-4 flex-1" />
            <Skeleton className="hidden h-4 w-48 md:block" />
            <Skeleton className="h-5 w-16 rounded-full" />
            <Skeleton className="h-4 w-20" />
          </div>
        ))}
      </div>
    </div>
  );
}
