"use client";

import { useTransition } from "react";
import { callAction, toastFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { signOutToAcceptAction } from "@/lib/invitations/actions";

/** Signs the other account out and opens sign-in, which comes back to the invitation afterwards. */
export function SignOutToAcceptButton({ token }: { token: string }) {
  const [isPending, startTransition] = useTransition();
  const signOut = () =>
    startTransition(async () => {
      // The action answers with a redirect; an answer at all means it failed.
      const result = await callAction(() => signOutToAcceptAction({ token }));
      if (!result.ok) toastFailure(result, signOut);
    });
  return (
    <Button variant="secondary" className="mt-6 w-full" onClick={signOut} isPending={isPending}>
      Sign out
    </Button>
  );
}
