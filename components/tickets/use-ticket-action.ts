"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import type { TicketActionResult } from "@/lib/tickets/change-schemas";

/**
 * Runs a ticket action and reports it: a toast either way, and on a conflict a refresh, so the
 * actor sees the fresh state the message talks about. Success needs no refresh: the action
 * revalidates the page.
 */
export function useTicketAction() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const run = <T,>(action: () => Promise<TicketActionResult<T>>, success: (data: T) => string, onFailure?: () => void) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) return void toast.success(success(result.data));
      toast.error(result.error);
      onFailure?.();
      if (result.code === "CONFLICT") router.refresh();
    });
  return { isPending, run };
}
