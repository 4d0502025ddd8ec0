"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { AuthLink } from "@/components/auth/auth-link";
import { ConfirmPasswordField } from "@/components/auth/confirm-password-field";
import { FormAlert } from "@/components/auth/form-alert";
import { ReadyToSignIn } from "@/components/auth/ready-to-sign-in";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { resetPasswordAction } from "@/lib/password-reset/actions";
import { INVALID_RESET_LINK_MESSAGE, resetPasswordSchema } from "@/lib/password-reset/schemas";

/**
 * Sets a new password with the token from the emailed link. Only submitting spends the token;
 * the user is not signed in afterwards, so two-factor still applies at sign-in.
 */
export function ResetPasswordForm({ token }: { token: string }) {
  const { register, errors, isSubmitting, formError, success, onSubmit } = useActionForm({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, newPassword: "", confirmPassword: "" },
    action: resetPasswordAction,
  });

  if (success) {
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
      <ConfirmPasswordField label="Confirm new password" error={errors.confirmPassword?.message} {...register("confirmPassword")} />
      <SubmitButton className="w-full" isPending={isSubmitting} pendingLabel="Saving…">
        Set new password
      </SubmitButton>
    </form>
  );
}
