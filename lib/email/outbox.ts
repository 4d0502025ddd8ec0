import "server-only";
import { headers } from "next/headers";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { emailOrigin } from "./app-url";
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

type RenderedOutgoingEmail = { workspaceId: string | null; to: string; template: string; subject: string; text: string; html: string };

const rendered = (origin: string) => <Name extends EmailTemplateName>({ workspaceId, to, template, data }: OutgoingEmail<Name>): RenderedOutgoingEmail => ({
  workspaceId,
  to,
  template,
  ...renderEmail(template, data, origin),
});

/** Where the emails' links point (see emailOrigin): the request's headers, when there is a request. */
async function currentEmailOrigin(): Promise<string> {
  let request: Awaited<ReturnType<typeof headers>> | null = null;
  try {
    request = await headers();
  } catch {
    // Outside a request (a background job): there are no headers to read.
  }
  return emailOrigin(request);
}

/**
 * Inserts rendered emails as PENDING in one raw statement, returning their ids in order. Raw
 * because these rows are large: through the Prisma client six new-ticket emails cost 3.2 ms of
 * CPU, as arrays bound to unnest 0.9 ms.
 */
async function insertRendered(client: Prisma.TransactionClient | PrismaClient, rows: readonly RenderedOutgoingEmail[]) {
  const column = <Key extends keyof RenderedOutgoingEmail>(key: Key) => rows.map((row) => row[key]);
  const now = new Date();
  const inserted = await client.$queryRaw<{ id: string }[]>`
    INSERT INTO email_messages (workspace_id, "to", template, subject, text, html, created_at, next_attempt_at)
    SELECT workspace_id, "to", template, subject, text, html, ${now}::timestamptz, ${now}::timestamptz
      FROM unnest(${column("workspaceId")}::uuid[], ${column("to")}::text[], ${column("template")}::text[],
                  ${column("subject")}::text[], ${column("text")}::text[], ${column("html")}::text[])
           WITH ORDINALITY AS email (workspace_id, "to", template, subject, text, html, position)
     ORDER BY position
    RETURNING id`;
  return inserted.map((row) => row.id);
}

/**
 * Renders an email and writes it to the outbox (status PENDING). Pass the transaction client of
 * the change that causes the email: it is delivered only if that change commits. The worker
 * sends it shortly after, outside the request.
 */
export async function enqueueEmail<Name extends EmailTemplateName>(
  client: Prisma.TransactionClient | PrismaClient,
  email: OutgoingEmail<Name>,
): Promise<{ id: string }> {
  const [id] = await insertRendered(client, [rendered(await currentEmailOrigin())(email)]);
  return { id: id! };
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
  return (await insertRendered(client, emails.map(rendered(await currentEmailOrigin())))).length;
}
