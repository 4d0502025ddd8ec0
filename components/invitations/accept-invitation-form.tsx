"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Route } from "next";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmPasswordField } from "@/components/auth/confirm-password-field";
import { FormAlert } from "@/components/auth/form-alert";
import { ReadyToSignIn } from "@/components/auth/ready-to-sign-in";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { acceptInvitationSchema } from "@/lib/invitations/schemas";
import { workspacePath } from "@/lib/workspaces/paths";

/**
 * A person without an account confirms their name and sets their password with the token from
 * the emailed link. Only submitting spends the token; they are not signed in afterwards, so they
 * sign in next like everyone else, and land on the workspace's tickets.
 */
export function AcceptInvitationForm({ token, name, workspaceSlug }: { token: string; name: string; workspaceSlug: string }) {
  const { register, errors, isSubmitting, formError, success, onSubmit } = useActionForm({
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: { token, name, newPassword: "", confirmPassword: "" },
    action: acceptInvitationAction,
  });

  if (success) {
    const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(workspacePath(workspaceSlug, "/tickets"))}` as Route;
    return (
      <ReadyToSignIn signInHref={signInHref}>Your account is ready. Sign in with your email and the password you just chose.</ReadyToSignIn>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {formError && <FormAlert>{formError}</FormAlert>}
      <TextField label="Your name" autoComplete="name" error={errors.name?.message} {...register("name")} />
      <NewPasswordField label="Password" autoFocus error={errors.newPassword?.message} {...register("newPassword")} />
      <ConfirmPasswordField label="Confirm password" error={errors.confirmPassword?.message} {...register("confirmPassword")} />
      <SubmitButton className="w-full" isPending={isSubmitting} pendingLabel="Saving…">
        Set password and join
      </SubmitButton>
    </form>
  );
}
