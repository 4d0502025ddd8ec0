"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionError } from "@/components/forms/apply-action-error";
import { AuthLink } from "@/components/auth/auth-link";
import { FormAlert } from "@/components/auth/form-alert";
import { ReadyToSignIn } from "@/components/auth/ready-to-sign-in";
import { Button } from "@/components/ui/button";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { TextField } from "@/components/ui/text-field";
import { resetPasswordAction } from "@/lib/password-reset/actions";
import { INVALID_RESET_LINK_MESSAGE, type ResetPasswordInput, resetPasswordSchema } from "@/lib/password-reset/schemas";

/**
 * Sets a new password with the token from the emailed link. Only submitting spends the token;
 * the user is not signed in afterwards, so two-factor still applies at sign-in.
 */
export function ResetPasswordForm({ token }: { token: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [isDone, setIsDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, newPassword: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await resetPasswordAction(values);
    if (result.ok) setIsDone(true);
    else setFormError(applyActionError(result, setError));
  });

  if (isDone) {
    return <ReadyToSignIn>Your password was changed and every session was signed out. Sign in with your new password.</ReadyToSignIn>;
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {formError && (
        <FormAlert>
          {formError}{" "}
          {formError === INVALID_RESET_LINK_MESSAGE && <AuthLink href="/forgot-password">Request a new link</AuthLink>}
        </FormAlert>
      )}
      <NewPasswordField
        label="New password"
        autoFocus
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <TextField
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        {...register("confirmPassword")}
      />
      <Button type="submit" className="w-full" isPending={isSubmitting}>
        {isSubmitting ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
