import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/schemas";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(1024),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords don't match.",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
