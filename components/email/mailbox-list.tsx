import { ChevronRight, Mail } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { MailboxPage } from "@/lib/email/queries";
import { DeliveryProblem } from "./delivery-problem";
import { EmailStatusBadge } from "./email-status-badge";

const headerCell = "px-4 py-2.5 text-left text-xs font-medium tracking-wide whitespace-nowrap text-fg-muted uppercase";

/** The outbox, newest first, with keyset paging to older messages. */
export function MailboxList({ page, isFirstPage }: { page: MailboxPage; isFirstPage: boolean }) {
  if (page.messages.length === 0 && isFirstPage) {
    return (
      <EmptyState icon={Mail} title="No emails yet">
        Emails the app sends, such as address verifications and password resets, are listed here. Without{" "}
        <code className="font-mono">RESEND_API_KEY</code> they are not sent out: they land here and in the server console.
      </EmptyState>
    );
  }
  const now = new Date();
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-xs">
        <table className="w-full text-sm">
          <caption className="sr-only">Emails, newest first</caption>
          <thead className="border-b border-border bg-surface-muted/60">
            <tr>
              <th scope="col" className={headerCell}>Subject</th>
              <th scope="col" className={`${headerCell} hidden md:table-cell`}>To</th>
              <th scope="col" className={headerCell}>Status</th>
              <th scope="col" className={`${headerCell} text-right`}>Created</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {page.messages.map((message) => (
              <tr key={message.id} className="hover:bg-surface-muted/50">
                <td className="w-full max-w-0 px-4 py-3">
                  <Link
                    href={`/admin/mailbox/${message.id}` as Route}
                    className="block truncate font-medium hover:text-accent hover:underline"
                  >
                    {message.subject}
                  </Link>
                  <p className="truncate text-xs text-fg-muted">
                    <span className="md:hidden">{message.to} · </span>
                    <span className="font-mono">{message.template}</span>
                  </p>
                  <DeliveryProblem status={message.status} attempts={message.attempts} lastError={message.lastError} />
                </td>
                <td className="hidden px-4 py-3 whitespace-nowrap md:table-cell">{message.to}</td>
                <td className="px-4 py-3 whitespace-nowrap"><EmailStatusBadge status={message.status} /></td>
                <td className="px-4 py-3 text-right whitespace-nowrap text-fg-muted">
                  <RelativeTime date={message.createdAt} now={now} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="flex justify-between">
        {isFirstPage ? <span /> : (
          <Link href={"/admin/mailbox" as Route} className={buttonClasses("secondary")}>Newest</Link>
        )}
        {page.olderCursor && (
          <Link href={`/admin/mailbox?after=${page.olderCursor}` as Route} className={buttonClasses("secondary")}>
            Older <ChevronRight aria-hidden className="size-4" />
          </Link>
        )}
      </nav>
    </div>
  );
}
