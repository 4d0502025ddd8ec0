"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormCaptcha } from "@/components/security/form-captcha";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { TextField } from "@/components/ui/text-field";
import { registerClientAction } from "@/lib/registration/actions";
import { registerSchema } from "@/lib/registration/schemas";
import { CheckInbox } from "./check-inbox";
import { FormAlert } from "@/components/auth/form-alert";

export function RegisterForm({ isCaptchaRequired }: { isCaptchaRequired: boolean }) {
  const form = useActionForm({
    resolver: zodResolver(registerSchema),
    defaultValues: { name: "", email: "", password: "" },
    action: registerClientAction,
  });
  const { register, errors, isSubmitting, formError, success, onSubmit } = form;

  if (success?.data.email) return <CheckInbox email={success.data.email} />;

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {formError && <FormAlert>{formError}</FormAlert>}
      <TextField label="Name" autoComplete="name" autoFocus error={errors.name?.message} {...register("name")} />
      <TextField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...register("email")} />
      <NewPasswordField
        label="Password"
        error={errors.password?.message}
        {...register("password")}
      />
      <FormCaptcha form={form} required={isCaptchaRequired} />
      <SubmitButton className="w-full" isPending={isSubmitting} pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
    </form>
  );
}
