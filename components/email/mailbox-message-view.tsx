import { ChevronLeft } from "lucide-react";
import type { ReactNode } from "react";
import { RelativeTime } from "@/components/ui/relative-time";
import type { MailboxMessage } from "@/lib/email/queries";
import { EmailHtmlPreview } from "./email-html-preview";
import { EmailStatusBadge } from "./email-status-badge";
import { LinkifiedText } from "./linkified-text";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium tracking-wide text-fg-muted uppercase">{label}</dt>
      <dd className="mt-0.5 truncate text-sm">{children}</dd>
    </div>
  );
}

const cardClasses = "rounded-lg border border-border bg-surface p-4 shadow-xs";

/** One outbox message: its delivery state, and its body while the development mailbox is on. */
export function MailboxMessageView({ message }: { message: MailboxMessage }) {
  const now = new Date();
  return (
    <article aria-labelledby="email-subject" className="space-y-6">
      <WorkspaceLink href={"/admin/mailbox"} className="inline-flex items-center gap-1 text-sm text-fg-muted hover:text-fg">
        <ChevronLeft aria-hidden className="size-4" /> Mailbox
      </WorkspaceLink>
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="email-subject" className="text-lg font-semibold break-words">{message.subject}</h2>
        <EmailStatusBadge status={message.status} />
      </div>
      <dl className={`grid gap-4 sm:grid-cols-2 lg:grid-cols-3 ${cardClasses}`}>
        <Field label="To">{message.to}</Field>
        <Field label="Template"><span className="font-mono">{message.template}</span></Field>
        <Field label="Created"><RelativeTime date={message.createdAt} now={now} /></Field>
        <Field label="Sent">{message.sentAt ? <RelativeTime date={message.sentAt} now={now} /> : "Not yet"}</Field>
        <Field label="Attempts">{message.attempts}</Field>
        {message.status === "PENDING" && (
          <Field label="Next attempt"><RelativeTime date={message.nextAttemptAt} now={now} /></Field>
        )}
        {message.providerMessageId && <Field label="Resend id"><span className="font-mono">{message.providerMessageId}</span></Field>}
      </dl>
      {message.lastError && message.status !== "SENT" && (
        <div className="rounded-lg border border-danger/40 bg-danger-soft px-4 py-3 text-sm text-danger">
          <p className="font-medium">{message.status === "FAILED" ? "Delivery failed for good" : "The last attempt failed"}</p>
          <p className="mt-1 font-mono text-xs break-words">{message.lastError}</p>
        </div>
      )}
      {message.body ? (
        <>
          <section aria-labelledby="email-text" className={`space-y-3 ${cardClasses}`}>
            <h3 id="email-text" className="text-sm font-semibold">Text version</h3>
            <LinkifiedText text={message.body.text} />
          </section>
          <section aria-labelledby="email-html" className="space-y-3">
            <h3 id="email-html" className="text-sm font-semibold">HTML version</h3>
            <EmailHtmlPreview html={message.body.html} subject={message.subject} />
          </section>
        </>
      ) : (
        <p className="text-sm text-fg-muted">
          The body is not shown while emails are delivered through Resend: it holds the recipient’s own links.
        </p>
      )}
    </article>
  );
}
