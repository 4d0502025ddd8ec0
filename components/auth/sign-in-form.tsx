"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionError } from "@/components/forms/apply-action-error";
import { callAction } from "@/components/forms/call-action";
import { FormCaptcha } from "@/components/security/form-captcha";
import { TwoFactorSignInStep } from "@/components/two-factor/two-factor-sign-in-step";
import { CurrentPasswordField } from "./current-password-field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { signInAction } from "@/lib/sign-in/actions";
import { type SignInInput, signInSchema } from "@/lib/sign-in/schemas";

type FormError = { message: string; code?: string };

/** Email and password first; a user with two-factor then gets the code step in its place. */
export function SignInForm({ callbackUrl, isCaptchaRequired }: { callbackUrl: string; isCaptchaRequired: boolean }) {
  const [step, setStep] = useState<"password" | "two-factor">("password");
  const [formError, setFormError] = useState<FormError | null>(null);
  const form = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "", callbackUrl },
  });
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = form;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    // On success the action redirects and never returns.
    const result = await callAction(() => signInAction(values));
    if (result.ok) {
      setValue("password", "");
      setStep("two-factor");
    } else {
      const message = applyActionError(result, setError);
      // The proof-of-work request shows under its widget rather than as an alert.
      if (result.code !== "captcha_required") setFormError({ message, code: result.code });
    }
  });

  if (step === "two-factor") {
    return (
      <TwoFactorSignInStep
        callbackUrl={callbackUrl}
        onStartOver={(reason) => {
          setFormError(reason ? { message: reason } : null);
          setStep("password");
        }}
      />
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {formError && (
        <FormAlert>
          {formError.message}
          {formError.code === "email_unverified" && (
            <>
              {" "}
              <Link href="/verify-email/resend" className="font-medium underline underline-offset-4">
                Send a new verification link
              </Link>
            </>
          )}
        </FormAlert>
      )}
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        autoFocus
        error={errors.email?.message}
        {...register("email")}
      />
      <CurrentPasswordField label="Password" error={errors.password?.message} {...register("password")} />
      <FormCaptcha form={form} required={isCaptchaRequired} />
      <SubmitButton className="w-full" isPending={isSubmitting} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
