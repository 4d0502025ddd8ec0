import { Users } from "lucide-react";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager } from "@/components/ui/keyset-pager";
import type { MemberPage } from "@/lib/members/queries";
import type { MemberFilters } from "@/lib/members/schemas";
import { MemberRow } from "./member-row";

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
      <KeysetPager
        path="/admin/users"
        filters={filters}
        keys={["q"]}
        nextAfter={page.nextAfter}
        firstLabel="Back to the start"
        nextLabel="Next page"
      />
    </div>
  );
}
