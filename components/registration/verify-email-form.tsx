"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { callAction } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { verifyEmailAction } from "@/lib/registration/actions";
import { AuthLink } from "@/components/auth/auth-link";
import { FormAlert } from "@/components/auth/form-alert";
import { ReadyToSignIn } from "@/components/auth/ready-to-sign-in";

type Outcome = { isVerified: true; email: string } | { isVerified: false; error: string };

/**
 * The button that spends a verification link. The page only shows it: following the link does
 * not verify, so a mail scanner that opens every link cannot use it up.
 */
export function VerifyEmailForm({ token }: { token: string }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  const verify = () =>
    startTransition(async () => {
      const result = await callAction(() => verifyEmailAction({ token }));
      if (result.ok) {
        setOutcome({ isVerified: true, email: result.data.email });
        toast.success("Email verified.");
      } else {
        setOutcome({ isVerified: false, error: result.error });
      }
    });

  if (outcome?.isVerified) {
    return <ReadyToSignIn>Your email <span className="break-all">{outcome.email}</span> is verified. You can sign in now.</ReadyToSignIn>;
  }

  return (
    <div className="mt-6 space-y-4">
      {outcome && (
        <FormAlert>
          {outcome.error} <AuthLink href="/verify-email/resend">Request a new link</AuthLink>
        </FormAlert>
      )}
      <Button type="button" className="w-full" isPending={isPending} onClick={verify}>
        {isPending ? "Verifying…" : "Verify my email"}
      </Button>
    </div>
  );
}
