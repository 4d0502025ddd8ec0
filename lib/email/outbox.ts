import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { type EmailTemplateData, type EmailTemplateName, renderEmail } from "./templates";

export type { EmailTemplateData, EmailTemplateName } from "./templates";

export type OutgoingEmail<Name extends EmailTemplateName> = {
  /**
   * The recipient's workspace when known, so the workspace's admins see it in the mailbox; null
   * only for an email about an account that belongs to no workspace yet.
   */
  workspaceId: string | null;
  to: string;
  template: Name;
  data: EmailTemplateData[Name];
};

/** An email of any template, its data matching that template. */
export type AnyOutgoingEmail = { [Name in EmailTemplateName]: OutgoingEmail<Name> }[EmailTemplateName];

const rendered = <Name extends EmailTemplateName>({ workspaceId, to, template, data }: OutgoingEmail<Name>) => ({
  workspaceId,
  to,
  template,
  ...renderEmail(template, data),
});

/**
 * Renders an email and writes it to the outbox (status PENDING). Pass the transaction client of
 * the change that causes the email: it is delivered only if that change commits. The worker
 * sends it shortly after, outside the request.
 */
export async function enqueueEmail<Name extends EmailTemplateName>(
  client: Prisma.TransactionClient | PrismaClient,
  { workspaceId, to, template, data }: OutgoingEmail<Name>,
): Promise<{ id: string }> {
  return client.emailMessage.create({ data: rendered({ workspaceId, to, template, data }), select: { id: true } });
}

/**
 * Writes many outbox messages (each rendered for its recipient) in one statement: a fan-out of a
 * few hundred single inserts would hold the causing transaction, and any lock it has, for as
 * many round trips.
 */
export async function enqueueEmails(
  client: Prisma.TransactionClient | PrismaClient,
  emails: readonly AnyOutgoingEmail[],
): Promise<number> {
  if (emails.length === 0) return 0;
  const { count } = await client.emailMessage.createMany({ data: emails.map(rendered) });
  return count;
}
