import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionFailure } from "@/lib/action-result";

/**
 * Puts each field error of a failed ActionResult under its field and returns the form-level
 * message, for the form to show in its alert (or as a toast where it has none).
 */
export function applyActionError<T extends FieldValues>(
  result: ActionFailure,
  setError: UseFormSetError<T>,
): string {
  const fieldErrors = Object.entries(result.fieldErrors ?? {});
  for (const [field, messages] of fieldErrors) {
    if (messages[0]) setError(field as Path<T>, { type: "server", message: messages[0] });
  }
  return result.error;
}
