import { MailCheck } from "lucide-react";
import { AuthLink } from "@/components/auth/auth-link";

/**
 * What registration and resending answer. It reads the same whether or not the email has an
 * account, so it never tells a visitor who is registered; a resend says so conditionally, since
 * only an account awaiting verification gets one.
 */
export function CheckInbox({ email, isResend = false }: { email: string; isResend?: boolean }) {
  return (
    <div role="status" className="mt-6 space-y-3 text-sm">
      <p className="flex gap-2 font-medium">
        <MailCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-accent" />
        {isResend ? (
          <span>
            Check your inbox: if <span className="break-all">{email}</span> belongs to an account waiting for
            verification, we sent it a new link.
          </span>
        ) : (
          <span>
            Check your inbox: we sent a link to <span className="break-all">{email}</span>.
          </span>
        )}
      </p>
      <p className="text-fg-muted">
        Open it within 24 hours to verify your email address, then sign in. Nothing there? Look in your spam
        folder, or <AuthLink href="/verify-email/resend">request a new link</AuthLink>.
      </p>
    </div>
  );
}
