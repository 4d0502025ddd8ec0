"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionError } from "@/components/forms/apply-action-error";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { resendVerificationEmailAction } from "@/lib/registration/actions";
import { type ResendVerificationInput, resendVerificationSchema } from "@/lib/registration/schemas";
import { CheckInbox } from "./check-inbox";
import { FormAlert } from "@/components/auth/form-alert";

export function ResendVerificationForm() {
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResendVerificationInput>({
    resolver: zodResolver(resendVerificationSchema),
    defaultValues: { email: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await resendVerificationEmailAction(values);
    if (result.ok) setSentTo(result.data.email);
    else setFormError(applyActionError(result, setError));
  });

  if (sentTo) return <CheckInbox email={sentTo} isResend />;

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {formError && <FormAlert>{formError}</FormAlert>}
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        autoFocus
        error={errors.email?.message}
        {...register("email")}
      />
      <Button type="submit" className="w-full" isPending={isSubmitting}>
        {isSubmitting ? "Sending…" : "Send a new link"}
      </Button>
    </form>
  );
}
