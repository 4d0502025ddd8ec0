import { Info } from "lucide-react";

/** Says where this instance's emails go, so an admin knows whether a Pending one will ever leave. */
export function DeliveryModeNote({ isMailbox }: { isMailbox: boolean }) {
  return (
    <div className="flex gap-3 rounded-lg border border-border bg-surface-muted/60 px-4 py-3 text-sm text-fg-muted">
      <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-accent" />
      {isMailbox ? (
        <p>
          Development mailbox: <code className="font-mono">RESEND_API_KEY</code> is not set, so emails are not sent.
          They are kept here, with their links, and printed to the server console.
        </p>
      ) : (
        <p>
          Emails are delivered through Resend. This is the delivery log: message bodies are not shown, since they
          hold other people’s sign-in links.
        </p>
      )}
    </div>
  );
}
