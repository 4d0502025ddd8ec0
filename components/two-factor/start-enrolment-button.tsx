"use client";

import { useTransition } from "react";
import { toast } from "sonner";
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
      const result = await startTwoFactorEnrolmentAction({});
      if (!result.ok) toast.error(result.error);
    });
  return (
    <Button variant={variant} isPending={isPending} onClick={start}>
      {label}
    </Button>
  );
}
