import { ChevronRight, ShieldCheck } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { RelativeTime } from "@/components/ui/relative-time";
import type { SignInAttemptPage } from "@/lib/security/login-attempts";
import type { SignInAttemptFilters } from "@/lib/security/schemas";
import { describeSignInReason } from "@/lib/security/sign-in-reasons";
import { shortenUserAgent } from "@/lib/security/user-agent";

const FILTER_KEYS = ["email", "ip", "from", "to"] as const;

/** Failed sign-ins, newest first, with keyset paging that keeps the filters. */
export function SignInAttemptTable({ page, filters }: { page: SignInAttemptPage; filters: SignInAttemptFilters }) {
  if (page.attempts.length === 0) {
    return (
      <EmptyState icon={ShieldCheck} title={filters.after ? "No older failed sign-ins" : "No failed sign-ins"}>
        {FILTER_KEYS.some((key) => filters[key])
          ? "Nothing matches these filters."
          : "Failed sign-in attempts on this workspace's accounts will appear here."}
      </EmptyState>
    );
  }
  const now = new Date();
  return (
    <div className="space-y-4">
      <DataTable
        caption="Failed sign-in attempts, newest first"
        columns={[
          { label: "Time" },
          { label: "Email" },
          { label: "User", className: "hidden md:table-cell" },
          { label: "IP address" },
          { label: "Browser", className: "hidden lg:table-cell" },
          { label: "Reason" },
        ]}
      >
        {page.attempts.map((attempt) => (
          <tr key={attempt.id} className="hover:bg-surface-muted/50">
            <td className="px-4 py-3 whitespace-nowrap text-fg-muted">
              <RelativeTime date={attempt.createdAt} now={now} />
            </td>
            <td className="max-w-56 truncate px-4 py-3 font-medium" title={attempt.email}>{attempt.email}</td>
            <td className="hidden px-4 py-3 whitespace-nowrap md:table-cell">
              {attempt.user?.name ?? <span className="text-fg-muted">No account</span>}
            </td>
            <td className="px-4 py-3 font-mono text-xs whitespace-nowrap">{attempt.ip ?? "unknown"}</td>
            <td className="hidden max-w-56 truncate px-4 py-3 text-fg-muted lg:table-cell" title={attempt.userAgent ?? undefined}>
              {shortenUserAgent(attempt.userAgent)}
            </td>
            <td className="px-4 py-3 whitespace-nowrap">
              <Badge tone={attempt.reason === "throttled" || attempt.reason === "locked" ? "amber" : "red"}>
                {describeSignInReason(attempt.reason)}
              </Badge>
            </td>
          </tr>
        ))}
      </DataTable>
      <KeysetPager
        path="/admin/sign-ins"
        filters={filters}
        keys={FILTER_KEYS}
        nextAfter={page.olderCursor}
        firstLabel="Back to newest"
        nextLabel={<>Older <ChevronRight aria-hidden className="size-4" /></>}
      />
    </div>
  );
}
