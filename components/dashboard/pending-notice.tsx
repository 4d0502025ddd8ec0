import { RefreshCw } from "lucide-react";
import { describePendingDays } from "@/lib/dashboard/format";

/** Says that recent figures are incomplete while the rollups are rebuilt; nothing otherwise. */
export function PendingNotice({ pendingDays }: { pendingDays: number }) {
  const message = describePendingDays(pendingDays);
  if (message === null) return null;
  return (
    <p
      role="status"
      className="flex items-start gap-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
    >
      <RefreshCw aria-hidden className="mt-0.5 size-4 shrink-0" />
      {message}
    </p>
  );
}
