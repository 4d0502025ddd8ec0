"use client";

import { useState, useTransition } from "react";
import { callAction, toastFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "@/lib/account/actions";

/** Two steps, so a stray click does not sign the user out of every device. */
export function SignOutEverywhere() {
  const [isConfirming, setIsConfirming] = useState(false);
  const [isPending, startTransition] = useTransition();

  const signOutEverywhere = () =>
    startTransition(async () => {
      // On success the action redirects to sign-in and never returns.
      const result = await callAction(() => signOutEverywhereAction({}));
      if (result && !result.ok) toastFailure(result, signOutEverywhere);
    });

  if (!isConfirming) {
    return (
      <Button variant="secondary" onClick={() => setIsConfirming(true)}>
        Sign out everywhere
      </Button>
    );
  }
  return (
    <div role="group" aria-label="Confirm signing out everywhere" className="flex flex-wrap items-center gap-3">
      <p className="text-sm">Sign out of every device, this one included?</p>
      <Button variant="danger" isPending={isPending} onClick={signOutEverywhere}>
        Yes, sign out everywhere
      </Button>
      <Button variant="ghost" disabled={isPending} onClick={() => setIsConfirming(false)}>
        Cancel
      </Button>
    </div>
  );
}
