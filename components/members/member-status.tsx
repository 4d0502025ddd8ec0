import { Badge } from "@/components/ui/badge";
import { isStaff } from "@/lib/auth/roles";
import type { MemberItem } from "@/lib/members/queries";

/**
 * The account states an admin acts on, as badges. A missing second factor is flagged for staff
 * only: their accounts see the whole queue, while a client's sees their own tickets. Invited
 * people are no members until they accept: the pending invitations are listed apart.
 */
export function MemberStatus({ user, role, now }: Pick<MemberItem, "user" | "role"> & { now: Date }) {
  return (
    <div className="flex flex-wrap gap-1.5">
      {user.disabledAt && <Badge tone="red">Disabled</Badge>}
      {user.lockedUntil && user.lockedUntil > now && <Badge tone="amber">Locked</Badge>}
      {!user.emailVerifiedAt && <Badge tone="amber">Email not verified</Badge>}
      {user.twoFactorEnabledAt && <Badge tone="green">Two-factor on</Badge>}
      {!user.twoFactorEnabledAt && isStaff(role) && <Badge>No two-factor</Badge>}
    </div>
  );
}
