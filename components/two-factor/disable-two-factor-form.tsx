"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyActionError } from "@/components/forms/apply-action-error";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { disableTwoFactorAction } from "@/lib/two-factor/actions";
import { disableTwoFactorSchema } from "@/lib/two-factor/schemas";

type DisableFormValues = { password: string; code: string };

/** Both the password and a current code: a session alone must not be able to remove the factor. */
export function DisableTwoFactorForm() {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DisableFormValues>({ resolver: zodResolver(disableTwoFactorSchema), defaultValues: { password: "", code: "" } });

  const onSubmit = handleSubmit(async (values) => {
    const result = await disableTwoFactorAction(values);
    if (result.ok && !result.data.isSignedInAgain) {
      toast.success("Two-factor authentication is off. Sign in again.");
      router.push("/sign-in");
    } else if (result.ok) {
      toast.success("Two-factor authentication is off. Your other devices have been signed out.");
      router.refresh();
    } else {
      toast.error(applyActionError(result, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <TextField
        label="Authenticator or recovery code"
        autoComplete="one-time-code"
        error={errors.code?.message}
        {...register("code")}
      />
      <Button type="submit" variant="danger" isPending={isSubmitting}>
        {isSubmitting ? "Turning off…" : "Turn off two-factor"}
      </Button>
    </form>
  );
}
