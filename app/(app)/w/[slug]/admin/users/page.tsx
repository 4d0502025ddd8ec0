import type { Metadata } from "next";
import { InviteMemberForm } from "@/components/invitations/invite-member-form";
import { PendingInvitations } from "@/components/invitations/pending-invitations";
import { listPendingInvitations } from "@/lib/invitations/queries";
import { MemberSearchForm } from "@/components/members/member-search-form";
import { MemberTable } from "@/components/members/member-table";
import { requirePermission } from "@/lib/auth/session";
import { listMembers } from "@/lib/members/queries";
import { memberFiltersSchema } from "@/lib/members/schemas";
import { parseQueryLeniently } from "@/lib/url-query";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("members.manage");
  const filters = parseQueryLeniently(memberFiltersSchema, await searchParams);
  const page = await listMembers(actor, filters);
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-lg font-semibold">People</h2>
        <p className="mt-1 text-sm text-fg-muted">
          Everyone in this workspace. A role change applies on the person&apos;s next click, disabling ends their sessions at
          once, and the workspace always keeps one enabled admin. Every change is audited.
        </p>
      </div>
      <InviteMemberForm />
      <PendingInvitations invitations={await listPendingInvitations(actor)} />
      <MemberSearchForm query={filters.q} />
      <MemberTable page={page} filters={filters} actorId={actor.userId} />
    </div>
  );
}
