import "server-only";
import type { EmailTemplateName, OutgoingEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/templates";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Writes many outbox messages (each rendered for its recipient) in one statement, as
 * `enqueueEmail` does for one: a fan-out of a few hundred inserts would otherwise hold the
 * ticket's transaction, and the workspace's numbering lock, for as many round trips.
 */
export async function enqueueEmails<Name extends EmailTemplateName>(
  tx: Prisma.TransactionClient,
  emails: readonly OutgoingEmail<Name>[],
): Promise<number> {
  if (emails.length === 0) return 0;
  const { count } = await tx.emailMessage.createMany({
    data: emails.map(({ workspaceId, to, template, data }) => ({ workspaceId, to, template, ...renderEmail(template, data) })),
  });
  return count;
}
