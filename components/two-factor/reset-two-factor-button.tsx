"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { callAction, toastFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { resetTwoFactorAction } from "@/lib/two-factor/actions";

/**
 * For the admin's people list: resets a member's two-factor after a confirmation, since it ends
 * their sessions and leaves their account with the password alone until they enrol again.
 */
export function ResetTwoFactorButton({ userId, userName }: { userId: string; userName: string }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [isPending, startTransition] = useTransition();

  const reset = () =>
    startTransition(async () => {
      const result = await callAction(() => resetTwoFactorAction({ userId }));
      if (result.ok) {
        setIsConfirming(false);
        toast.success(`Two-factor authentication of ${userName} was reset. They have been emailed.`);
      } else {
        toastFailure(result, reset);
      }
    });

  if (!isConfirming) {
    return (
      <Button variant="secondary" onClick={() => setIsConfirming(true)}>
        Reset two-factor
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Confirm resetting the two-factor authentication of ${userName}`} className="flex flex-wrap items-center gap-3">
      <p className="text-sm">
        Reset the two-factor authentication of {userName}? Their sessions end and they sign in with their password alone until
        they set it up again.
      </p>
      <Button variant="danger" isPending={isPending} onClick={reset}>
        Yes, reset two-factor
      </Button>
      <Button variant="ghost" disabled={isPending} onClick={() => setIsConfirming(false)}>
        Cancel
      </Button>
    </div>
  );
}
