"use client";

import { Trash2 } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { callAction, toastFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { deleteCategoryAction } from "@/lib/categories/actions";

/**
 * Deletes an unused category after a confirmation, since a deletion cannot be undone. The table
 * offers it only for categories without tickets; the server checks again.
 */
export function CategoryDeleteButton({ categoryId, name }: { categoryId: string; name: string }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [isPending, startTransition] = useTransition();

  const remove = () =>
    startTransition(async () => {
      const result = await callAction(() => deleteCategoryAction({ categoryId }));
      if (result.ok) toast.success(`${name} deleted.`);
      else {
        setIsConfirming(false);
        toastFailure(result, remove);
      }
    });

  if (!isConfirming) {
    return (
      <Button variant="ghost" onClick={() => setIsConfirming(true)} aria-label={`Delete ${name}`}>
        <Trash2 aria-hidden className="size-4" />
        Delete
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Confirm deleting ${name}`} className="flex flex-wrap items-center justify-end gap-2">
      <p className="text-sm">Delete {name} for good?</p>
      <Button variant="danger" isPending={isPending} onClick={remove}>
        Yes, delete
      </Button>
      <Button variant="ghost" disabled={isPending} onClick={() => setIsConfirming(false)}>
        Cancel
      </Button>
    </div>
  );
}
