import { Badge } from "@/components/ui/badge";
import { isStaff } from "@/lib/auth/roles";
import type { MemberItem } from "@/lib/members/queries";
import { invitationStateOf } from "@/lib/members/status";

/**
 * The account states an admin acts on, as badges. A missing second factor is flagged for staff
 * only: their accounts see the whole queue, while a client's sees their own tickets. An invited
 * person has no verified email by design, so that badge gives way to the invitation's state.
 */
export function MemberStatus({ user, role, now }: Pick<MemberItem, "user" | "role"> & { now: Date }) {
  const invitation = invitationStateOf(user, now);
  return (
    <div className="flex flex-wrap gap-1.5">
      {user.disabledAt && <Badge tone="red">Disabled</Badge>}
      {invitation === "pending" && <Badge tone="blue">Invited</Badge>}
      {invitation === "expired" && <Badge tone="amber">Invitation expired</Badge>}
      {user.lockedUntil && user.lockedUntil > now && <Badge tone="amber">Locked</Badge>}
      {!user.emailVerifiedAt && !invitation && <Badge tone="amber">Email not verified</Badge>}
      {user.twoFactorEnabledAt && <Badge tone="green">Two-factor on</Badge>}
      {!user.twoFactorEnabledAt && isStaff(role) && !invitation && <Badge>No two-factor</Badge>}
    </div>
  );
}
