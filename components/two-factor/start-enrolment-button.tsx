"use client";

import { useTransition } from "react";
import { callAction, toastFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { startTwoFactorEnrolmentAction } from "@/lib/two-factor/actions";

/** Creates the pending key; the page then shows its QR code (the action revalidates it). */
export function StartEnrolmentButton({
  label = "Set up two-factor authentication",
  variant = "primary",
}: {
  label?: string;
  variant?: "primary" | "ghost";
}) {
  const [isPending, startTransition] = useTransition();
  const start = () =>
    startTransition(async () => {
      const result = await callAction(() => startTwoFactorEnrolmentAction({}));
      if (!result.ok) toastFailure(result, start);
    });
  return (
    <Button variant={variant} isPending={isPending} onClick={start}>
      {label}
    </Button>
  );
}
