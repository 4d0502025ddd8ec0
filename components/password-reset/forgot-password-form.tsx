"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { MailCheck } from "lucide-react";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormAlert } from "@/components/auth/form-alert";
import { FormCaptcha } from "@/components/security/form-captcha";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { requestPasswordResetAction } from "@/lib/password-reset/actions";
import { requestPasswordResetSchema } from "@/lib/password-reset/schemas";

/** Asks for a reset link. The answer reads the same whether or not the email has an account. */
export function ForgotPasswordForm({ isCaptchaRequired }: { isCaptchaRequired: boolean }) {
  const form = useActionForm({
    resolver: zodResolver(requestPasswordResetSchema),
    defaultValues: { email: "" },
    action: requestPasswordResetAction,
  });
  const { register, errors, isSubmitting, formError, success, onSubmit } = form;
  const sentTo = success?.data.email;

  if (sentTo) {
    return (
      <div role="status" className="mt-6 space-y-3 text-sm">
        <p className="flex gap-2 font-medium">
          <MailCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-accent" />
          <span>
            If an account exists for <span className="break-all">{sentTo}</span>, we sent it a link to choose a new
            password.
          </span>
        </p>
        <p className="text-fg-muted">
          The link works once, for one hour. Nothing there? Look in your spam folder, or ask your administrator.
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {formError && <FormAlert>{formError}</FormAlert>}
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        autoFocus
        error={errors.email?.message}
        {...register("email")}
      />
      <FormCaptcha form={form} required={isCaptchaRequired} />
      <SubmitButton className="w-full" isPending={isSubmitting} pendingLabel="Sending…">
        Send reset link
      </SubmitButton>
    </form>
  );
}
