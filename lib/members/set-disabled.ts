import "server-only";
import { revokePersonalTokensOf } from "@/lib/api-keys/mutations";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import type { RequestContext } from "@/lib/request-context";
import { assertCanActOnMember, assertNotLastAdmin, getMemberInScope, lockWorkspace } from "./member-guards";
import { assertAccountOnlyHere } from "./other-workspaces";
import type { SetMemberDisabledInput } from "./schemas";

/**
 * Disables or enables a member's account with a `user.disabled` / `user.enabled` entry. Disabling
 * also bumps the session version, so every session ends on its next request (loadActor refuses
 * disabled users too) and sign-in is refused. The account is the whole user, not only this
 * membership, so every workspace they belong to loses them: refused for someone who also belongs
 * to another workspace (remove them from this one instead). ADMIN only, never oneself, for members
 * of the admin's workspace; the last enabled admin cannot be disabled (counted under the lock).
 */
export async function setMemberDisabled(
  actor: Actor,
  { userId, disabled }: SetMemberDisabledInput,
  context?: RequestContext,
) {
  assertCanActOnMember(actor, userId, "You cannot disable your own account. Ask another admin.");
  return transactionFor(actor, async (tx) => {
    const membership = await getMemberInScope(tx, actor, userId);
    if (Boolean(membership.user.disabledAt) === disabled) return { changed: false };
    if (disabled && membership.role === "ADMIN") {
      await lockWorkspace(tx, actor.workspaceId);
      await assertNotLastAdmin(tx, actor.workspaceId);
    }
    // After the workspace lock, in the order creating a ticket takes the two rows.
    await assertAccountOnlyHere(tx, membership.user);
    await tx.user.update({
      where: { id: userId },
      data: disabled ? { disabledAt: new Date(), sessionVersion: { increment: 1 } } : { disabledAt: null },
    });
    if (disabled) await revokePersonalTokensOf(tx, actor.workspaceId, userId, "member disabled");
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: disabled ? "user.disabled" : "user.enabled",
      targetType: "user",
      targetId: userId,
      metadata: { email: membership.user.email },
      context,
    });
    return { changed: true };
  });
}
