"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyActionError } from "@/components/forms/apply-action-error";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { regenerateRecoveryCodesAction } from "@/lib/two-factor/actions";
import {
  type RegenerateRecoveryCodesFormValues,
  type RegenerateRecoveryCodesInput,
  regenerateRecoveryCodesSchema,
} from "@/lib/two-factor/schemas";
import { RecoveryCodesList } from "./recovery-codes-list";

/** New recovery codes for a current code, or the password for someone without their phone at hand. */
export function RegenerateRecoveryCodesForm() {
  const router = useRouter();
  const [isUsingPassword, setIsUsingPassword] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RegenerateRecoveryCodesFormValues, unknown, RegenerateRecoveryCodesInput>({
    resolver: zodResolver(regenerateRecoveryCodesSchema),
    defaultValues: { code: "", password: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await regenerateRecoveryCodesAction(
      values.method === "password" ? { code: "", password: values.password } : { code: values.code, password: "" },
    );
    if (result.ok) {
      reset();
      setRecoveryCodes(result.data.recoveryCodes);
    } else {
      toast.error(applyActionError(result, setError));
    }
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
        <TextField
          key="password"
          label="Your password"
          type="password"
          autoComplete="current-password"
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
        <Button type="submit" variant="secondary" isPending={isSubmitting}>
          {isSubmitting ? "Creating…" : "Create new recovery codes"}
        </Button>
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
