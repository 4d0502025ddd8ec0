"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { callAction, toastFailure } from "@/components/forms/call-action";
import type { ActionResult } from "@/lib/action-result";

/**
 * Runs a ticket action and reports it: a toast either way, and on a conflict a refresh, so the
 * actor sees the fresh state the message talks about. Success needs no refresh: the action
 * revalidates the page. A request that never arrived keeps the actor's choices (no `onFailure`)
 * and offers Retry.
 */
export function useTicketAction() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const run = <T,>(action: () => Promise<ActionResult<T, "CONFLICT">>, success: (data: T) => string, onFailure?: () => void): void =>
    startTransition(async () => {
      const result = await callAction(() => callAction(action));
      if (result.ok) return void toast.success(success(result.data));
      // The same version goes again: a change that did land meanwhile is refused, never doubled.
      toastFailure(result, () => run(action, success, onFailure));
      if (!("notSent" in result)) onFailure?.();
      if ("code" in result && result.code === "CONFLICT") router.refresh();
    });
  return { isPending, run };
}
