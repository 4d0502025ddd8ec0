import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, newPasswordFields, verifyPassword } from "@/lib/auth/password";
import { findPasswordProblem } from "@/lib/auth/password-policy";
import type { Actor } from "@/lib/auth/actor";
import { dbFor, transactionFor } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { ValidationError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import type { ChangePasswordInput } from "./schemas";

/**
 * Changes the actor's own password after checking the current one. Every session of the user
 * ends (the session version moves on) and any lockout is cleared, in one transaction with its
 * audit entry and the notice emailed to the user. The caller signs the current browser in again.
 */
export async function changePassword(actor: Actor, input: ChangePasswordInput, context: RequestContext) {
  const user = await dbFor(actor).user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError("Your current password is not correct.", {
      currentPassword: ["That is not your current password."],
    });
  }
  const problem = findPasswordProblem(input.newPassword, actor.email);
  if (problem) throw new ValidationError(problem, { newPassword: [problem] });
  if (await verifyPassword(user.passwordHash, input.newPassword)) {
    const message = "Choose a password different from your current one.";
    throw new ValidationError(message, { newPassword: [message] });
  }

  const passwordHash = await hashPassword(input.newPassword);
  const changedAt = new Date();
  await transactionFor(actor, async (tx) => {
    await tx.user.update({
      where: { id: actor.userId },
      data: newPasswordFields(passwordHash, changedAt),
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "user.password_changed",
      targetType: "user",
      targetId: actor.userId,
      context,
    });
    await enqueueEmail(tx, {
      workspaceId: actor.workspaceId,
      to: actor.email,
      template: "password-changed",
      data: { name: actor.name, changedAt },
    });
  });
}

/** Ends every session of the actor, on every device, this one included. */
export async function revokeAllSessions(actor: Actor, context: RequestContext) {
  await transactionFor(actor, async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "user.sessions_revoked",
      targetType: "user",
      targetId: actor.userId,
      context,
    });
  });
}
