import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MailboxMessageView } from "@/components/email/mailbox-message-view";
import { requirePermission } from "@/lib/auth/session";
import { getMailboxMessage } from "@/lib/email/queries";
import { NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: "Email" };

async function findMessage(...args: Parameters<typeof getMailboxMessage>) {
  try {
    return await getMailboxMessage(...args);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("mailbox.read");
  const message = await findMessage(actor, (await params).id);
  if (!message) notFound();
  return <MailboxMessageView message={message} />;
}
