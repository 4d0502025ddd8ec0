import { ChevronRight, Mail } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { MailboxPage } from "@/lib/email/queries";
import { DeliveryProblem } from "./delivery-problem";
import { EmailStatusBadge } from "./email-status-badge";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";


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
      <DataTable
        caption="Emails, newest first"
        columns={[
          { label: "Subject" },
          { label: "To", className: "hidden md:table-cell" },
          { label: "Status" },
          { label: "Created", className: "text-right" },
        ]}
      >
        {page.messages.map((message) => (
          <tr key={message.id} className="hover:bg-surface-muted/50">
            <td className="w-full max-w-0 px-4 py-3">
              <WorkspaceLink
                href={`/admin/mailbox/${message.id}`}
                className="block truncate font-medium hover:text-accent hover:underline"
              >
                {message.subject}
              </WorkspaceLink>
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
      </DataTable>
      <nav aria-label="Pages" className="flex justify-between">
        {isFirstPage ? <span /> : (
          <WorkspaceLink href={"/admin/mailbox"} className={buttonClasses("secondary")}>Newest</WorkspaceLink>
        )}
        {page.olderCursor && (
          <WorkspaceLink href={`/admin/mailbox?after=${page.olderCursor}`} className={buttonClasses("secondary")}>
            Older <ChevronRight aria-hidden className="size-4" />
          </WorkspaceLink>
        )}
      </nav>
    </div>
  );
}
