import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { dbFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCreatedAtCursor, encodeCreatedAtCursor } from "@/lib/pagination/created-at-cursor";
import { mailboxScope } from "./policy";
import { isMailboxTransport } from "./transport";

export const MAILBOX_PAGE_SIZE = 25;

const mailboxListSelect = {
  id: true,
  to: true,
  subject: true,
  template: true,
  status: true,
  attempts: true,
  lastError: true,
  createdAt: true,
  sentAt: true,
} satisfies Prisma.EmailMessageSelect;

export type MailboxListItem = Prisma.EmailMessageGetPayload<{ select: typeof mailboxListSelect }>;
export type MailboxPage = { messages: MailboxListItem[]; olderCursor: string | null };

function assertCanReadMailbox(actor: Actor): void {
  if (!can(actor, "mailbox.read")) throw new NotFoundError();
}

/**
 * Admins only (others get NotFoundError): one page of the outbox, newest first, by keyset on
 * (created_at, id); `cursor` pages to older messages.
 */
export async function listMailboxMessages(actor: Actor, { cursor }: { cursor?: string } = {}): Promise<MailboxPage> {
  assertCanReadMailbox(actor);
  const after = decodeCreatedAtCursor(cursor);
  const position: Prisma.EmailMessageWhereInput = after
    ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
    : {};
  const rows = await dbFor(actor).emailMessage.findMany({
    where: { AND: [mailboxScope(actor), position] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAILBOX_PAGE_SIZE + 1,
    select: mailboxListSelect,
  });
  const messages = rows.slice(0, MAILBOX_PAGE_SIZE);
  const last = messages[messages.length - 1];
  return { messages, olderCursor: rows.length > MAILBOX_PAGE_SIZE && last ? encodeCreatedAtCursor(last) : null };
}

export type MailboxMessage = MailboxListItem & {
  nextAttemptAt: Date;
  providerMessageId: string | null;
  /** The body, only while emails stay in the development mailbox (see below); else null. */
  body: { text: string; html: string } | null;
};

/**
 * Admins only: one message in the actor's mailbox scope, or NotFoundError. Once Resend delivers
 * for real, bodies are withheld: they hold live reset and verification links of other users,
 * which an admin must not be able to use to take over an account.
 */
export async function getMailboxMessage(actor: Actor, id: string): Promise<MailboxMessage> {
  assertCanReadMailbox(actor);
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const message = await dbFor(actor).emailMessage.findFirst({
    where: { AND: [mailboxScope(actor), { id }] },
    select: { ...mailboxListSelect, nextAttemptAt: true, providerMessageId: true, text: true, html: true },
  });
  if (!message) throw new NotFoundError();
  const { text, html, ...rest } = message;
  return { ...rest, body: isMailboxTransport() ? { text, html } : null };
}
