import { z } from "zod";
import { captchaSchema } from "@/lib/security/captcha-schemas";
import { emailSchema, newPasswordSchema } from "@/lib/auth/schemas";

// The proof-of-work answer, once the CAPTCHA is on: opaque here, checked on the server.

export const requestPasswordResetSchema = z.object({
  email: emailSchema,
  captcha: captchaSchema,
});
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetSchema>;

// Raw tokens are 43 characters of base64url (lib/auth/tokens.ts); the bounds only keep junk out.
export const resetTokenSchema = z.object({
  token: z.string().trim().min(1, "This link has no token.").max(256, "This link is not valid."),
});

export const resetPasswordSchema = resetTokenSchema
  .extend({
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(1024),
    captcha: captchaSchema,
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords don't match.",
  });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

/** What a reset request answers, the same whether or not the email has an account. */
export type PasswordResetRequestedResult = { email: string };

export const INVALID_RESET_LINK_MESSAGE = "This link has expired or was already used.";
