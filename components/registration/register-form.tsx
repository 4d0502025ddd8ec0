"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionError } from "@/components/forms/apply-action-error";
import { FormCaptcha } from "@/components/security/form-captcha";
import { Button } from "@/components/ui/button";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { TextField } from "@/components/ui/text-field";
import { registerClientAction } from "@/lib/registration/actions";
import { type RegisterInput, registerSchema } from "@/lib/registration/schemas";
import { CheckInbox } from "./check-inbox";
import { FormAlert } from "@/components/auth/form-alert";

export function RegisterForm({ isCaptchaRequired }: { isCaptchaRequired: boolean }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<RegisterInput>({
    resolver: zodResolver(registerSchema),
    defaultValues: { name: "", email: "", password: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await registerClientAction(values);
    if (result.ok) setSentTo(result.data.email);
    else setFormError(applyActionError(result, setError));
  });

  if (sentTo) return <CheckInbox email={sentTo} />;

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
      <FormCaptcha
        required={isCaptchaRequired}
        error={errors.captcha?.message}
        submitCount={submitCount}
        onSolved={(payload) => setValue("captcha", payload)}
      />
      <Button type="submit" className="w-full" isPending={isSubmitting}>
        {isSubmitting ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
