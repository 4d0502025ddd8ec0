import type { Metadata } from "next";
import { DeliveryModeNote } from "@/components/email/delivery-mode-note";
import { MailboxList } from "@/components/email/mailbox-list";
import { requirePermission } from "@/lib/auth/session";
import { listMailboxMessages } from "@/lib/email/queries";
import { mailboxListParamsSchema } from "@/lib/email/schemas";
import { isMailboxTransport } from "@/lib/email/transport";
import { parseQueryLeniently } from "@/lib/url-query";

export const metadata: Metadata = { title: "Mailbox" };

export default async function MailboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("mailbox.read");
  const { after } = parseQueryLeniently(mailboxListParamsSchema, await searchParams);
  const page = await listMailboxMessages(actor, { cursor: after });

  return (
    <section aria-labelledby="mailbox-heading" className="space-y-4">
      <div>
        <h2 id="mailbox-heading" className="text-lg font-semibold">Mailbox</h2>
        <p className="mt-1 text-sm text-fg-muted">Every email the app has sent or will send, newest first.</p>
      </div>
      <DeliveryModeNote isMailbox={isMailboxTransport()} />
      <MailboxList page={page} isFirstPage={!after} />
    </section>
  );
}
