"use client";

import { CaptchaField } from "./captcha-field";

/**
 * The parts of a react-hook-form form the check uses. Any form with an optional string field
 * `captcha` fits, without naming its other fields.
 */
type CaptchaForm = {
  formState: { errors: { captcha?: { message?: string } }; submitCount: number };
  setValue: (name: "captcha", payload: string | undefined) => void;
};

/**
 * The proof-of-work check inside a form: shown when the page found it required, or when the
 * server asked for it since (an error on field `captcha`). Keyed by the submit count, because an
 * answer works once: after a failed submit the widget solves a fresh challenge. Before the first
 * submit it waits until the form holds something, so visits that never sign in fetch no challenge.
 */
export function FormCaptcha({ form, required }: { form: CaptchaForm; required: boolean }) {
  const error = form.formState.errors.captcha?.message;
  const { submitCount } = form.formState;
  if (!required && !error) return null;
  return (
    <CaptchaField
      key={submitCount}
      error={error}
      startWhen={submitCount === 0 ? "form-used" : "shown"}
      onChange={(payload) => form.setValue("captcha", payload ?? undefined)}
    />
  );
}
