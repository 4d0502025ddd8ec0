"use client";

import { Send } from "lucide-react";
import { useTransition } from "react";
import { toast } from "sonner";
import { callAction, toastFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { resendInvitationAction } from "@/lib/invitations/actions";

/** Sends a pending invitation again; no confirmation, since the only effect is a fresh link. */
export function ResendInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const [isPending, startTransition] = useTransition();
  const resend = () =>
    startTransition(async () => {
      const result = await callAction(() => resendInvitationAction({ invitationId }));
      if (result.ok) toast.success(`A new invitation was sent to ${email}. The previous link no longer works.`);
      else toastFailure(result, resend);
    });
  return (
    <Button variant="secondary" onClick={resend} isPending={isPending} aria-label={`Resend the invitation to ${email}`}>
      {!isPending && <Send aria-hidden className="size-4" />}
      {isPending ? "Sending…" : "Resend"}
    </Button>
  );
}
