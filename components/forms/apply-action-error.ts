import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** An ActionResult (lib/action.ts) as the client sees it: that module is server-only. */
export type FailedResult = {
  ok: false;
  error: string;
  fieldErrors?: Record<string, string[]>;
  /** Set by callAction: the request never reached the action, so sending it again is safe. */
  notSent?: true;
};
export type ActionOutcome<T> = { ok: true; data: T } | FailedResult;

/**
 * Puts each field error of a failed ActionResult under its field and returns the form-level
 * message, for the form to show in its alert (or as a toast where it has none).
 */
export function applyActionError<T extends FieldValues>(
  result: FailedResult,
  setError: UseFormSetError<T>,
): string {
  const fieldErrors = Object.entries(result.fieldErrors ?? {});
  for (const [field, messages] of fieldErrors) {
    if (messages[0]) setError(field as Path<T>, { type: "server", message: messages[0] });
  }
  return result.error;
}
