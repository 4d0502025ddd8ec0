import { Users } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { UnlockButton } from "@/components/security/unlock-button";
import { ResetTwoFactorButton } from "@/components/two-factor/reset-two-factor-button";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { MemberPage } from "@/lib/members/queries";
import type { MemberFilters } from "@/lib/members/schemas";
import { MemberRoleSelect } from "./member-role-select";
import { MemberStatus } from "./member-status";

function membersHref(query: string | undefined, after?: string): Route {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (after) params.set("after", after);
  const search = params.toString();
  return (search ? `/admin/users?${search}` : "/admin/users") as Route;
}

/** The workspace's members by email, with their role and the security actions an admin takes. */
export function MemberTable({ page, filters, actorId }: { page: MemberPage; filters: MemberFilters; actorId: string }) {
  if (page.members.length === 0) {
    return (
      <EmptyState icon={Users} title="Nobody found">
        {filters.q ? "No member's name or email matches this search." : "This workspace has no members yet."}
      </EmptyState>
    );
  }
  const now = new Date();
  return (
    <div className="space-y-4">
      <DataTable
        caption="Members of this workspace, by email"
        columns={[
          { label: "Person" },
          { label: "Role" },
          { label: "Status", className: "hidden md:table-cell" },
          { label: "Joined", className: "hidden lg:table-cell" },
          { label: "Actions", className: "text-right" },
        ]}
      >
        {page.members.map(({ user, role, createdAt }) => (
          <tr key={user.id} className="align-top hover:bg-surface-muted/50">
            <td className="max-w-64 px-4 py-3">
              <p className="truncate font-medium">{user.name}</p>
              <p className="truncate text-fg-muted" title={user.email}>{user.email}</p>
              <div className="mt-2 md:hidden">
                <MemberStatus user={user} role={role} now={now} />
              </div>
            </td>
            <td className="px-4 py-3">
              {user.id === actorId ? (
                <span title="Another admin can change your role">{ROLE_LABELS[role]} (you)</span>
              ) : (
                <MemberRoleSelect userId={user.id} name={user.name} role={role} />
              )}
            </td>
            <td className="hidden px-4 py-3 md:table-cell">
              <MemberStatus user={user} role={role} now={now} />
            </td>
            <td className="hidden px-4 py-3 whitespace-nowrap text-fg-muted lg:table-cell">
              <RelativeTime date={createdAt} now={now} />
            </td>
            <td className="px-4 py-3">
              <div className="flex flex-wrap justify-end gap-2">
                {user.lockedUntil && user.lockedUntil > now && <UnlockButton userId={user.id} name={user.name} />}
                {user.twoFactorEnabledAt && user.id !== actorId && (
                  <ResetTwoFactorButton userId={user.id} userName={user.name} />
                )}
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
      <nav aria-label="Pages" className="flex justify-between">
        {filters.after ? (
          <Link href={membersHref(filters.q)} className={buttonClasses("secondary")}>
            Back to the start
          </Link>
        ) : <span />}
        {page.nextAfter && (
          <Link href={membersHref(filters.q, page.nextAfter)} className={buttonClasses("secondary")}>
            Next page
          </Link>
        )}
      </nav>
    </div>
  );
}
