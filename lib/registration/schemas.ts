import { z } from "zod";
import { captchaSchema } from "@/lib/security/captcha-schemas";
import { emailSchema, newPasswordSchema } from "@/lib/auth/schemas";
import { titleText } from "@/lib/validation/text";

export const registerSchema = z.object({
  // The name goes into email greetings, where a line break could forge lines of the message.
  name: titleText(z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters.")),
  email: emailSchema,
  password: newPasswordSchema,
  // The proof-of-work answer, once the CAPTCHA is on: opaque here, checked on the server.
  captcha: captchaSchema,
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const resendVerificationSchema = registerSchema.pick({ email: true, captcha: true });
export type ResendVerificationInput = z.infer<typeof resendVerificationSchema>;

// Raw tokens are 43 characters of base64url (lib/auth/tokens.ts); the bounds only keep junk out.
export const verifyEmailSchema = z.object({
  token: z.string().trim().min(1, "This link has no token.").max(256, "This link is not valid."),
});
export type VerifyEmailInput = z.infer<typeof verifyEmailSchema>;

/** What registration and resending answer, the same whether or not the email has an account. */
export type EmailSentResult = { email: string };

export const REGISTRATION_CLOSED_MESSAGE =
  "This helpdesk is invitation-only: accounts are created by an administrator. Ask yours for an invitation.";
export const INVALID_VERIFICATION_LINK_MESSAGE =
  "This verification link does not work: it is incomplete, was already used, or has expired.";
