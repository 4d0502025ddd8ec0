"use client";

import { X } from "lucide-react";
import { useTransition } from "react";
import { toast } from "sonner";
import { callAction, toastFailure } from "@/components/forms/call-action";
import { deleteViewAction } from "@/lib/tickets/search/actions";

export function DeleteViewButton({ viewId, name }: { viewId: string; name: string }) {
  const [isPending, startTransition] = useTransition();
  const onClick = () =>
    startTransition(async () => {
      const result = await callAction(() => deleteViewAction({ viewId }));
      if (result.ok) toast.success(`Deleted the view "${name}".`);
      else toastFailure(result, onClick);
    });
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={isPending}
      aria-label={`Delete view ${name}`}
      className="rounded p-0.5 text-fg-muted hover:bg-surface-muted hover:text-fg disabled:opacity-50"
    >
      <X aria-hidden className="size-3.5" />
    </button>
  );
}
