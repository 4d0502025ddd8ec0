"use client";

import { type ReactNode, useState, useTransition } from "react";
import { toast } from "sonner";
import { callAction, toastFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

/**
 * A button for an admin action with consequences for someone else: the first click asks, the
 * second does it. The question says what will happen, so the confirmation is informed.
 */
export function ConfirmActionButton<T>({
  label,
  question,
  confirmLabel,
  groupLabel,
  successMessage,
  run,
  onDone,
}: {
  label: ReactNode;
  question: string;
  confirmLabel: string;
  groupLabel: string;
  successMessage: string;
  run: () => Promise<ActionResult<T>>;
  /** What follows a success besides the toast, e.g. going to another workspace. */
  onDone?: (data: T) => void;
}) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [isPending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      const result = await callAction(run);
      if (result.ok) {
        setIsConfirming(false);
        toast.success(successMessage);
        onDone?.(result.data);
      } else {
        toastFailure(result, confirm);
      }
    });

  if (!isConfirming) {
    return (
      <Button variant="secondary" onClick={() => setIsConfirming(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={groupLabel} className="flex flex-wrap items-center justify-end gap-3">
      <p className="text-sm">{question}</p>
      <Button variant="danger" isPending={isPending} onClick={confirm}>
        {confirmLabel}
      </Button>
      <Button variant="ghost" disabled={isPending} onClick={() => setIsConfirming(false)}>
        Cancel
      </Button>
    </div>
  );
}
