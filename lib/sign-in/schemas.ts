import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { captchaSchema } from "@/lib/security/captcha-schemas";

export const signInSchema = z.object({
  email: emailSchema,
  // Length is not checked here: a sign-in form must not reveal the password policy.
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
  callbackUrl: z.string().optional(),
  captcha: captchaSchema,
});
export type SignInInput = z.infer<typeof signInSchema>;
