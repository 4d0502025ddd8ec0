import { UnlockButton } from "@/components/security/unlock-button";
import { ResetTwoFactorButton } from "@/components/two-factor/reset-two-factor-button";
import type { MemberItem } from "@/lib/members/queries";
import { DisableMemberButton } from "./disable-member-button";
import { ForcePasswordResetButton } from "./force-password-reset-button";
import { RemoveMemberButton } from "./remove-member-button";

/** What an admin can do to one member, offered only where it applies: nothing to oneself but unlocking (leaving is in account settings). */
export function MemberActions({ user, isSelf, now }: { user: MemberItem["user"]; isSelf: boolean; now: Date }) {
  const isEnabled = !user.disabledAt;
  return (
    <div className="flex flex-wrap justify-end gap-2">
      {user.lockedUntil && user.lockedUntil > now && <UnlockButton userId={user.id} name={user.name} />}
      {!isSelf && isEnabled && <ForcePasswordResetButton userId={user.id} name={user.name} />}
      {!isSelf && user.twoFactorEnabledAt && <ResetTwoFactorButton userId={user.id} userName={user.name} />}
      {!isSelf && <DisableMemberButton userId={user.id} name={user.name} isDisabled={!isEnabled} />}
      {!isSelf && <RemoveMemberButton userId={user.id} name={user.name} />}
    </div>
  );
}
