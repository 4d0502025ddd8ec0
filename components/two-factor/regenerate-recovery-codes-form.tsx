"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useToastActionForm } from "@/components/forms/use-toast-action-form";
import { CurrentPasswordField } from "@/components/auth/current-password-field";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { regenerateRecoveryCodesAction } from "@/lib/two-factor/actions";
import { type RegenerateRecoveryCodesInput, regenerateRecoveryCodesSchema } from "@/lib/two-factor/schemas";
import { RecoveryCodesList } from "./recovery-codes-list";

/** New recovery codes for a current code, or the password for someone without their phone at hand. */
export function RegenerateRecoveryCodesForm() {
  const router = useRouter();
  const [isUsingPassword, setIsUsingPassword] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const { register, errors, isSubmitting, reset, onSubmit } = useToastActionForm({
    resolver: zodResolver(regenerateRecoveryCodesSchema),
    defaultValues: { code: "", password: "" },
    action: (values: RegenerateRecoveryCodesInput) =>
      regenerateRecoveryCodesAction(
        values.method === "password" ? { code: "", password: values.password } : { code: values.code, password: "" },
      ),
    onSuccess: (regenerated, _values, form) => {
      form.reset();
      setRecoveryCodes(regenerated.recoveryCodes);
    },
  });

  if (recoveryCodes) {
    return (
      <RecoveryCodesList
        codes={recoveryCodes}
        onDone={() => {
          setRecoveryCodes(null);
          router.refresh();
        }}
      />
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <p className="text-sm text-fg-muted">New codes replace the old ones, which stop working at once.</p>
      {isUsingPassword ? (
        <CurrentPasswordField
          key="password"
          label="Your password"
          error={errors.password?.message ?? errors.code?.message}
          {...register("password")}
        />
      ) : (
        <TextField
          key="code"
          label="Current code"
          hint="From your authenticator app, or an unused recovery code."
          autoComplete="one-time-code"
          error={errors.code?.message}
          {...register("code")}
        />
      )}
      <div className="flex flex-wrap gap-3">
        <SubmitButton variant="secondary" isPending={isSubmitting} pendingLabel="Creating…">
          Create new recovery codes
        </SubmitButton>
        <Button
          variant="ghost"
          onClick={() => {
            reset();
            setIsUsingPassword(!isUsingPassword);
          }}
        >
          {isUsingPassword ? "Use a code instead" : "Use your password instead"}
        </Button>
      </div>
    </form>
  );
}
