import { unstable_rethrow } from "next/navigation";
import { toast } from "sonner";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import type { ActionFailure } from "@/lib/action-result";
import { applyActionError } from "./apply-action-error";

export const CONNECTION_LOST = "Not sent: the connection was lost.";
const NO_ANSWER = "Not sent: the server did not answer. Try again in a moment.";
// What Next throws when the server answered something other than the action's result (a proxy's
// or the busy page's HTML); a text/plain answer is thrown as its own text instead.
const NEXT_UNEXPECTED_RESPONSE = "An unexpected response was received from the server.";

/** Why a request never got its answer, in words for the person who sent it. */
export function notSentMessage(thrown: unknown): string {
  if (typeof navigator !== "undefined" && !navigator.onLine) return CONNECTION_LOST;
  // fetch rejects with a TypeError ("Failed to fetch") when the request could not be made at all.
  if (thrown instanceof TypeError) return CONNECTION_LOST;
  if (thrown instanceof Error && thrown.message && thrown.message !== NEXT_UNEXPECTED_RESPONSE) {
    return `Not sent: ${thrown.message}`;
  }
  return NO_ANSWER;
}

/** A request that never got the action's answer; `code` is never set, as no action chose one. */
type NotSent = ActionFailure<never> & { notSent: true };

/**
 * Calls a server action from the browser and turns a request that failed on the way (offline, a
 * 5xx or 503 that is not the action's answer) into the same failure an action returns, so every
 * caller reports it through the path it already has, and no button is left spinning.
 * Next's own redirects and not-found still go through.
 */
export async function callAction<R>(run: () => Promise<R>): Promise<R | NotSent> {
  try {
    return await run();
  } catch (thrown) {
    unstable_rethrow(thrown);
    return { ok: false, error: notSentMessage(thrown), notSent: true };
  }
}

/** A failure as a toast, with a Retry when the request never arrived and sending it again is the same request. */
export function toastFailure(result: ActionFailure, retry?: () => void) {
  const action = result.notSent && retry ? { label: "Retry", onClick: retry } : undefined;
  toast.error(result.error, { action });
}

/** A form's failure: field errors under their fields, the message as a toast (with Retry as above). */
export function toastFormFailure<T extends FieldValues>(result: ActionFailure, setError: UseFormSetError<T>, retry?: () => void) {
  toastFailure({ ...result, error: applyActionError(result, setError) }, retry);
}
