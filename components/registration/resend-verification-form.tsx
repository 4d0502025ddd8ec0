"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { resendVerificationEmailAction } from "@/lib/registration/actions";
import { resendVerificationSchema } from "@/lib/registration/schemas";
import { CheckInbox } from "./check-inbox";
import { FormAlert } from "@/components/auth/form-alert";

export function ResendVerificationForm() {
  const { register, errors, isSubmitting, formError, success, onSubmit } = useActionForm({
    resolver: zodResolver(resendVerificationSchema),
    defaultValues: { email: "" },
    action: resendVerificationEmailAction,
  });

  if (success?.data.email) return <CheckInbox email={success.data.email} isResend />;

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {formError && <FormAlert>{formError}</FormAlert>}
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        autoFocus
        error={errors.email?.message}
        {...register("email")}
      />
      <SubmitButton className="w-full" isPending={isSubmitting} pendingLabel="Sending…">
        Send a new link
      </SubmitButton>
    </form>
  );
}
