import { z } from "zod";

/** Crockford's base32 in lower case: no i, l, o or u, so a code read aloud or copied by hand survives. */
export const RECOVERY_CODE_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
export const RECOVERY_CODE_LENGTH = 10;
const RECOVERY_CODE_PATTERN = /^[0-9a-hjkmnp-tv-z]{10}$/;
const TOTP_CODE_PATTERN = /^\d{6}$/;

/** What a user typed as a recovery code, in canonical form: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(input: string): string {
  return input
    .toLowerCase()
    .replace(/[\s-]/g, "")
    .replace(/[il]/g, "1")
    .replace(/o/g, "0");
}

const withoutSpaces = (input: string) => input.replace(/\s/g, "");

export const totpCodeSchema = z
  .string()
  .transform(withoutSpaces)
  .pipe(z.string().regex(TOTP_CODE_PATTERN, "Enter the 6-digit code from your authenticator app."));

export const recoveryCodeSchema = z
  .string()
  .max(64, "That is not a recovery code.")
  .transform(normalizeRecoveryCode)
  .pipe(z.string().regex(RECOVERY_CODE_PATTERN, "Enter a recovery code, like ab12c-de34f."));

/** A current code of either kind: six digits from the app, or an unused recovery code. */
export const currentCodeSchema = z
  .string()
  .max(64, "Enter a 6-digit code or a recovery code.")
  .transform((input) => (TOTP_CODE_PATTERN.test(withoutSpaces(input)) ? withoutSpaces(input) : normalizeRecoveryCode(input)))
  .refine((code) => TOTP_CODE_PATTERN.test(code) || RECOVERY_CODE_PATTERN.test(code), "Enter a 6-digit code or a recovery code.");

export function isTotpCode(code: string): boolean {
  return TOTP_CODE_PATTERN.test(code);
}

const passwordSchema = z.string().max(1024, "That password is too long.");

/** A code from the app, as the enrolment form and the second sign-in step take it. */
export const totpCodeFormSchema = z.object({ code: totpCodeSchema });
export const recoveryCodeFormSchema = z.object({ recoveryCode: recoveryCodeSchema });

export const confirmTwoFactorEnrolmentSchema = totpCodeFormSchema;
export type ConfirmTwoFactorEnrolmentInput = z.infer<typeof confirmTwoFactorEnrolmentSchema>;

export const disableTwoFactorSchema = z.object({
  password: passwordSchema.min(1, "Enter your password."),
  code: currentCodeSchema,
});
export type DisableTwoFactorInput = z.infer<typeof disableTwoFactorSchema>;

/** Either proof will do: a current code, or the password for someone whose phone is elsewhere. */
export const regenerateRecoveryCodesSchema = z
  .object({ code: z.string().max(64), password: passwordSchema })
  .superRefine(({ code, password }, context) => {
    if (password || currentCodeSchema.safeParse(code).success) return;
    context.addIssue({ code: "custom", path: ["code"], message: "Enter a current code or your password." });
  })
  .transform(({ code, password }): { method: "password"; password: string } | { method: "code"; code: string } =>
    password ? { method: "password", password } : { method: "code", code: currentCodeSchema.parse(code) },
  );
export type RegenerateRecoveryCodesInput = z.output<typeof regenerateRecoveryCodesSchema>;
export type RegenerateRecoveryCodesFormValues = z.input<typeof regenerateRecoveryCodesSchema>;

export const resetTwoFactorSchema = z.object({ userId: z.uuid() });
export type ResetTwoFactorInput = z.infer<typeof resetTwoFactorSchema>;

/** The second sign-in step: exactly one of a code from the app or a recovery code. */
export const secondFactorSignInSchema = z.union([
  z.object({ code: totpCodeSchema, callbackUrl: z.string().optional() }),
  z.object({ recoveryCode: recoveryCodeSchema, callbackUrl: z.string().optional() }),
]);
export type SecondFactorSignInInput = z.infer<typeof secondFactorSignInSchema>;
export type SecondFactorProof = { code: string } | { recoveryCode: string };
