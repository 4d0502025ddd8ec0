import { ResendInvitationButton } from "@/components/invitations/resend-invitation-button";
import { UnlockButton } from "@/components/security/unlock-button";
import { ResetTwoFactorButton } from "@/components/two-factor/reset-two-factor-button";
import type { MemberItem } from "@/lib/members/queries";
import { invitationStateOf } from "@/lib/members/status";
import { DisableMemberButton } from "./disable-member-button";
import { ForcePasswordResetButton } from "./force-password-reset-button";

/**
 * What an admin can do to one member, offered only where it applies: nothing to oneself but
 * unlocking, a resend instead of a password reset while the invitation is pending.
 */
export function MemberActions({ user, isSelf, now }: { user: MemberItem["user"]; isSelf: boolean; now: Date }) {
  const isInvited = invitationStateOf(user, now) !== null;
  const isEnabled = !user.disabledAt;
  return (
    <div className="flex flex-wrap justify-end gap-2">
      {user.lockedUntil && user.lockedUntil > now && <UnlockButton userId={user.id} name={user.name} />}
      {!isSelf && isInvited && isEnabled && <ResendInvitationButton userId={user.id} name={user.name} />}
      {!isSelf && !isInvited && isEnabled && <ForcePasswordResetButton userId={user.id} name={user.name} />}
      {!isSelf && user.twoFactorEnabledAt && <ResetTwoFactorButton userId={user.id} userName={user.name} />}
      {!isSelf && <DisableMemberButton userId={user.id} name={user.name} isDisabled={!isEnabled} />}
    </div>
  );
}
