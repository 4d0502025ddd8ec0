"use client";

import { LockOpen } from "lucide-react";
import { useTransition } from "react";
import { toast } from "sonner";
import { callAction, toastFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { unlockUserAction } from "@/lib/security/actions";

export function UnlockButton({ userId, name }: { userId: string; name: string }) {
  const [isPending, startTransition] = useTransition();
  const unlock = () =>
    startTransition(async () => {
      const result = await callAction(() => unlockUserAction({ userId }));
      if (result.ok) toast.success(`${name} can sign in again.`);
      else toastFailure(result, unlock);
    });
  return (
    <Button variant="secondary" onClick={unlock} isPending={isPending} aria-label={`Unlock ${name}`}>
      {!isPending && <LockOpen aria-hidden className="size-4" />}
      {isPending ? "Unlocking…" : "Unlock"}
    </Button>
  );
}
