import { UnlockButton } from "@/components/security/unlock-button";
import { ResetTwoFactorButton } from "@/components/two-factor/reset-two-factor-button";
import type { MemberItem } from "@/lib/members/queries";
import { DisableMemberButton } from "./disable-member-button";
import { ForcePasswordResetButton } from "./force-password-reset-button";
import { RemoveMemberButton } from "./remove-member-button";

type MemberActionsProps = Pick<MemberItem, "user" | "isInOtherWorkspaces"> & { isSelf: boolean; now: Date };

/**
 * What an admin can do to one member, offered only where it applies: nothing to oneself but
 * unlocking (leaving is in account settings), and no account changes (password, two-factor,
 * disabling) for someone another workspace relies on too: the server refuses them.
 */
export function MemberActions({ user, isInOtherWorkspaces, isSelf, now }: MemberActionsProps) {
  const isEnabled = !user.disabledAt;
  const mayChangeAccount = !isSelf && !isInOtherWorkspaces;
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {user.lockedUntil && user.lockedUntil > now && <UnlockButton userId={user.id} name={user.name} />}
      {!isSelf && isInOtherWorkspaces && (
        <span className="text-xs text-fg-muted" title={`Only ${user.name} can change their account: it serves other workspaces too.`}>
          Also in other workspaces
        </span>
      )}
      {mayChangeAccount && isEnabled && <ForcePasswordResetButton userId={user.id} name={user.name} />}
      {mayChangeAccount && user.twoFactorEnabledAt && <ResetTwoFactorButton userId={user.id} userName={user.name} />}
      {mayChangeAccount && <DisableMemberButton userId={user.id} name={user.name} isDisabled={!isEnabled} />}
      {!isSelf && <RemoveMemberButton userId={user.id} name={user.name} />}
    </div>
  );
}
