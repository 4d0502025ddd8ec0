import { Users } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { MemberPage } from "@/lib/members/queries";
import type { MemberFilters } from "@/lib/members/schemas";
import { MemberRow } from "./member-row";

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
        {page.members.map((member) => (
          <MemberRow key={member.user.id} member={member} actorId={actorId} now={now} />
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
