"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionError } from "@/components/forms/apply-action-error";
import { FormCaptcha } from "@/components/security/form-captcha";
import { TwoFactorSignInStep } from "@/components/two-factor/two-factor-sign-in-step";
import { FormAlert } from "./form-alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { signInAction } from "@/lib/auth/actions";
import { type SignInInput, signInSchema } from "@/lib/auth/schemas";

type FormError = { message: string; code?: string };

/** Email and password first; a user with two-factor then gets the code step in its place. */
export function SignInForm({ callbackUrl, isCaptchaRequired }: { callbackUrl: string; isCaptchaRequired: boolean }) {
  const [step, setStep] = useState<"password" | "two-factor">("password");
  const [formError, setFormError] = useState<FormError | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "", callbackUrl },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    // On success the action redirects and never returns.
    const result = await signInAction(values);
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
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
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
        {isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
