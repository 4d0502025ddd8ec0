"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { applyActionError } from "@/components/forms/apply-action-error";
import { callAction } from "@/components/forms/call-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { cancelTwoFactorSignInAction, completeTwoFactorSignInAction } from "@/lib/sign-in/actions";
import { recoveryCodeFormSchema, totpCodeFormSchema } from "@/lib/two-factor/schemas";
import { FormAlert } from "@/components/auth/form-alert";

type StepValues = { code: string; recoveryCode: string };
type StepProps = { callbackUrl: string; onStartOver: (reason?: string) => void };

// Each mode checks its own field; the other one is carried along empty.
const totpStepSchema: z.ZodType<StepValues, StepValues> = totpCodeFormSchema.extend({ recoveryCode: z.string() });
const recoveryStepSchema: z.ZodType<StepValues, StepValues> = recoveryCodeFormSchema.extend({ code: z.string() });

/**
 * The second sign-in step. A lapsed or missing pending state sends the user back to the
 * password with the reason; "Start over" forgets the pending state on the server too.
 */
export function TwoFactorSignInStep(props: StepProps) {
  const [isUsingRecoveryCode, setIsUsingRecoveryCode] = useState(false);
  // A new form per mode, so each keeps its own resolver and starts empty.
  return (
    <SecondFactorForm
      key={String(isUsingRecoveryCode)}
      {...props}
      isUsingRecoveryCode={isUsingRecoveryCode}
      onToggleMode={() => setIsUsingRecoveryCode(!isUsingRecoveryCode)}
    />
  );
}

function SecondFactorForm({
  callbackUrl,
  onStartOver,
  isUsingRecoveryCode,
  onToggleMode,
}: StepProps & { isUsingRecoveryCode: boolean; onToggleMode: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<StepValues>({
    resolver: zodResolver(isUsingRecoveryCode ? recoveryStepSchema : totpStepSchema),
    defaultValues: { code: "", recoveryCode: "" },
  });

  const onSubmit = handleSubmit(async ({ code, recoveryCode }) => {
    setFormError(null);
    // On success the action redirects and never returns.
    const input = isUsingRecoveryCode ? { recoveryCode, callbackUrl } : { code, callbackUrl };
    const result = await callAction(() => completeTwoFactorSignInAction(input));
    if (result.ok) return;
    if (result.code === "two_factor_expired" || result.code === "account_locked") {
      onStartOver(result.error);
      return;
    }
    // A code that never arrived is still good: keep it for another try.
    if (!("notSent" in result)) reset({ code: "", recoveryCode: "" });
    setFormError(applyActionError(result, setError));
  });

  const startOver = async () => {
    // Starting over goes on even when the cancel never arrived: the pending sign-in expires.
    await callAction(() => cancelTwoFactorSignInAction());
    onStartOver();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <p className="text-sm">
        {isUsingRecoveryCode
          ? "Enter one of the recovery codes you saved when you set up two-factor authentication."
          : "Enter the 6-digit code from your authenticator app."}
      </p>
      {formError && <FormAlert>{formError}</FormAlert>}
      {isUsingRecoveryCode ? (
        <TextField
          key="recoveryCode"
          label="Recovery code"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          error={errors.recoveryCode?.message}
          {...register("recoveryCode")}
        />
      ) : (
        <TextField
          key="code"
          label="Authentication code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          autoFocus
          error={errors.code?.message}
          {...register("code")}
        />
      )}
      <SubmitButton className="w-full" isPending={isSubmitting} pendingLabel="Checking…">
        Verify
      </SubmitButton>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <button
          type="button"
          className="font-medium text-accent underline-offset-4 hover:underline"
          onClick={onToggleMode}
        >
          {isUsingRecoveryCode ? "Use your authenticator app instead" : "Use a recovery code instead"}
        </button>
        <button type="button" className="text-fg-muted underline-offset-4 hover:underline" onClick={startOver}>
          Start over
        </button>
      </div>
    </form>
  );
}
