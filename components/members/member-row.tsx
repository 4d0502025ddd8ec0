import { RelativeTime } from "@/components/ui/relative-time";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { MemberItem } from "@/lib/members/queries";
import { MemberActions } from "./member-actions";
import { MemberRoleSelect } from "./member-role-select";
import { MemberStatus } from "./member-status";

/** One member: who, their role (editable except one's own), their account state and the actions. */
export function MemberRow({ member: { user, role, createdAt, isInOtherWorkspaces }, actorId, now }: { member: MemberItem; actorId: string; now: Date }) {
  const isSelf = user.id === actorId;
  return (
    <tr className="align-top hover:bg-surface-muted/50">
      <td className="max-w-64 px-4 py-3">
        <p className="truncate font-medium">{user.name}</p>
        <p className="truncate text-fg-muted" title={user.email}>{user.email}</p>
        <div className="mt-2 md:hidden">
          <MemberStatus user={user} role={role} now={now} />
        </div>
      </td>
      <td className="px-4 py-3">
        {isSelf ? (
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
        <MemberActions user={user} isInOtherWorkspaces={isInOtherWorkspaces} isSelf={isSelf} now={now} />
      </td>
    </tr>
  );
}
