"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { MailCheck } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionError } from "@/components/forms/apply-action-error";
import { FormAlert } from "@/components/auth/form-alert";
import { FormCaptcha } from "@/components/security/form-captcha";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { requestPasswordResetAction } from "@/lib/password-reset/actions";
import { type RequestPasswordResetInput, requestPasswordResetSchema } from "@/lib/password-reset/schemas";

/** Asks for a reset link. The answer reads the same whether or not the email has an account. */
export function ForgotPasswordForm({ isCaptchaRequired }: { isCaptchaRequired: boolean }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<RequestPasswordResetInput>({
    resolver: zodResolver(requestPasswordResetSchema),
    defaultValues: { email: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await requestPasswordResetAction(values);
    if (result.ok) setSentTo(result.data.email);
    else setFormError(applyActionError(result, setError));
  });

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
      <FormCaptcha
        required={isCaptchaRequired}
        error={errors.captcha?.message}
        submitCount={submitCount}
        onSolved={(payload) => setValue("captcha", payload)}
      />
      <Button type="submit" className="w-full" isPending={isSubmitting}>
        {isSubmitting ? "Sending…" : "Send reset link"}
      </Button>
    </form>
  );
}
