"use client";

import type { Route } from "next";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useToastActionForm } from "@/components/forms/use-toast-action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { confirmTwoFactorEnrolmentAction } from "@/lib/two-factor/actions";
import type { PendingEnrolment } from "@/lib/two-factor/queries";
import { confirmTwoFactorEnrolmentSchema } from "@/lib/two-factor/schemas";
import { RecoveryCodesList } from "./recovery-codes-list";
import { StartEnrolmentButton } from "./start-enrolment-button";

type Props = PendingEnrolment & {
  /** Where "done" leads; without it the current page is refreshed. */
  doneHref?: Route;
};

/** Scan or type the key, prove it with a code, then save the recovery codes. */
export function EnrolmentSetup({ qrCodeDataUrl, secretForReading, doneHref }: Props) {
  const router = useRouter();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const { register, errors, isSubmitting, onSubmit } = useToastActionForm({
    resolver: zodResolver(confirmTwoFactorEnrolmentSchema),
    defaultValues: { code: "" },
    action: confirmTwoFactorEnrolmentAction,
    onSuccess: (enrolment) => {
      setRecoveryCodes(enrolment.recoveryCodes);
      toast.success("Two-factor authentication is on.");
    },
  });

  if (recoveryCodes) {
    return <RecoveryCodesList codes={recoveryCodes} onDone={() => (doneHref ? router.push(doneHref) : router.refresh())} />;
  }
  return (
    <div className="space-y-5">
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        <li>Open an authenticator app on your phone (1Password, Google Authenticator, Authy, …).</li>
        <li>Scan the QR code, or type the setup key.</li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <div className="flex flex-wrap items-center gap-6">
        {/* A data: URL made on the server; next/image would only add a request. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={qrCodeDataUrl} alt="QR code for your authenticator app" width={192} height={192} className="rounded-md border border-border bg-white" />
        <div className="text-sm">
          <p className="font-medium">Setup key</p>
          <code aria-label="Setup key" className="mt-1 block font-mono text-base tracking-wider break-all">
            {secretForReading}
          </code>
          <p className="mt-1 text-fg-muted">Time-based, 6 digits, every 30 seconds.</p>
        </div>
      </div>
      <form onSubmit={onSubmit} noValidate className="max-w-xs space-y-4">
        <TextField
          label="Code from your app"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          error={errors.code?.message}
          {...register("code")}
        />
        <div className="flex flex-wrap gap-3">
          <SubmitButton isPending={isSubmitting} pendingLabel="Checking…">
            Turn on two-factor
          </SubmitButton>
          <StartEnrolmentButton label="Use a new key" variant="ghost" />
        </div>
      </form>
    </div>
  );
}
