"use client";

import { CaptchaField } from "./captcha-field";

/**
 * The proof-of-work check inside a form: shown when the page found it required, or when the
 * server asked for it since (an error on field `captcha`). Keyed by the submit count, because an
 * answer works once: after a failed submit the widget solves a fresh challenge.
 */
export function FormCaptcha({
  required,
  error,
  submitCount,
  onSolved,
}: {
  required: boolean;
  error?: string;
  submitCount: number;
  onSolved: (payload: string | undefined) => void;
}) {
  if (!required && !error) return null;
  return <CaptchaField key={submitCount} error={error} onChange={(payload) => onSolved(payload ?? undefined)} />;
}
