"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useToastActionForm } from "@/components/forms/use-toast-action-form";
import { ConfirmPasswordField } from "@/components/auth/confirm-password-field";
import { CurrentPasswordField } from "@/components/auth/current-password-field";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { changePasswordAction } from "@/lib/account/actions";
import { changePasswordSchema } from "@/lib/account/schemas";

export function ChangePasswordForm() {
  const router = useRouter();
  const { register, errors, isSubmitting, onSubmit } = useToastActionForm({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    action: changePasswordAction,
    onSuccess: ({ isSignedInAgain }, _values, form) => {
      if (!isSignedInAgain) {
        toast.success("Password changed. Sign in again with your new password.");
        router.push("/sign-in");
      } else {
        form.reset();
        toast.success("Password changed. Your other devices have been signed out.");
      }
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <CurrentPasswordField
        label="Current password"
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <NewPasswordField
        label="New password"
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <ConfirmPasswordField label="Confirm new password" error={errors.confirmPassword?.message} {...register("confirmPassword")} />
      <SubmitButton isPending={isSubmitting} pendingLabel="Changing…">
        Change password
      </SubmitButton>
    </form>
  );
}
