"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyActionError } from "@/components/forms/apply-action-error";
import { Button } from "@/components/ui/button";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { TextField } from "@/components/ui/text-field";
import { changePasswordAction } from "@/lib/account/actions";
import { type ChangePasswordInput, changePasswordSchema } from "@/lib/account/schemas";

export function ChangePasswordForm() {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await changePasswordAction(values);
    if (result.ok && !result.data.isSignedInAgain) {
      toast.success("Password changed. Sign in again with your new password.");
      router.push("/sign-in");
    } else if (result.ok) {
      reset();
      toast.success("Password changed. Your other devices have been signed out.");
    } else {
      toast.error(applyActionError(result, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <NewPasswordField
        label="New password"
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <TextField
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        {...register("confirmPassword")}
      />
      <Button type="submit" isPending={isSubmitting}>
        {isSubmitting ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
