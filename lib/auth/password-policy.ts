import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./schemas";

// ~49,000 most common passwords from leaked-password corpora (zxcvbn-ts), lower-cased.
const COMMON_PASSWORDS = new Set((dictionary["passwords-common"] as string[]).map((word) => word.toLowerCase()));

/** The shortest repeated unit of a string ("abcabcabc" → "abc"), or the string itself. */
function repeatedUnit(value: string): string {
  for (let size = 1; size <= value.length / 2; size++) {
    if (value.length % size === 0 && value.slice(0, size).repeat(value.length / size) === value) {
      return value.slice(0, size);
    }
  }
  return value;
}

/**
 * Variants an attacker's list would try first: the password as is, without trailing digits or
 * symbols ("password2024!"), and its repeated unit ("qwertyqwertyqwerty").
 */
function guessableForms(password: string): string[] {
  const lower = password.toLowerCase();
  const withoutSuffix = lower.replace(/[\d\W_]+$/, "");
  return [lower, withoutSuffix, repeatedUnit(lower), repeatedUnit(withoutSuffix)].filter(Boolean);
}

/**
 * Why a new password is not acceptable, or null. NIST SP 800-63B-4: long enough to be the only
 * factor, no composition rules, but never a known-common password or one built from the
 * account's own email.
 */
export function findPasswordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong password.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (guessableForms(password).some((form) => COMMON_PASSWORDS.has(form) || form.length < 4)) {
    return "This password is too common: it appears in lists attackers try first. Choose another.";
  }
  const localPart = email.split("@")[0]?.toLowerCase() ?? "";
  if (localPart.length >= 3 && password.toLowerCase().includes(localPart)) {
    return "Don't include your email address in your password.";
  }
  return null;
}
