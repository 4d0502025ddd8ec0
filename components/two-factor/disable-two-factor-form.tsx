"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useToastActionForm } from "@/components/forms/use-toast-action-form";
import { CurrentPasswordField } from "@/components/auth/current-password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { disableTwoFactorAction } from "@/lib/two-factor/actions";
import { disableTwoFactorSchema } from "@/lib/two-factor/schemas";

/** Both the password and a current code: a session alone must not be able to remove the factor. */
export function DisableTwoFactorForm() {
  const router = useRouter();
  const { register, errors, isSubmitting, onSubmit } = useToastActionForm({
    resolver: zodResolver(disableTwoFactorSchema),
    defaultValues: { password: "", code: "" },
    action: disableTwoFactorAction,
    onSuccess: ({ isSignedInAgain }) => {
      if (!isSignedInAgain) {
        toast.success("Two-factor authentication is off. Sign in again.");
        router.push("/sign-in");
      } else {
        toast.success("Two-factor authentication is off. Your other devices have been signed out.");
        router.refresh();
      }
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <CurrentPasswordField label="Password" error={errors.password?.message} {...register("password")} />
      <TextField
        label="Authenticator or recovery code"
        autoComplete="one-time-code"
        error={errors.code?.message}
        {...register("code")}
      />
      <SubmitButton variant="danger" isPending={isSubmitting} pendingLabel="Turning off…">
        Turn off two-factor
      </SubmitButton>
    </form>
  );
}
