"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionError } from "@/components/forms/apply-action-error";
import { FormAlert } from "@/components/auth/form-alert";
import { ReadyToSignIn } from "@/components/auth/ready-to-sign-in";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { type AcceptInvitationInput, acceptInvitationSchema } from "@/lib/invitations/schemas";

/**
 * Confirms the invited person's name and sets their password with the token from the emailed
 * link. Only submitting spends the token; they are not signed in afterwards, so they sign in
 * next like everyone else.
 */
export function AcceptInvitationForm({ token, name }: { token: string; name: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [isDone, setIsDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AcceptInvitationInput>({
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: { token, name, newPassword: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await acceptInvitationAction(values);
    if (result.ok) setIsDone(true);
    else setFormError(applyActionError(result, setError));
  });

  if (isDone) {
    return <ReadyToSignIn>Your account is ready. Sign in with your email and the password you just chose.</ReadyToSignIn>;
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {formError && <FormAlert>{formError}</FormAlert>}
      <TextField label="Your name" autoComplete="name" error={errors.name?.message} {...register("name")} />
      <NewPasswordField label="Password" autoFocus error={errors.newPassword?.message} {...register("newPassword")} />
      <TextField
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        {...register("confirmPassword")}
      />
      <Button type="submit" className="w-full" isPending={isSubmitting}>
        {isSubmitting ? "Saving…" : "Set password and join"}
      </Button>
    </form>
  );
}
