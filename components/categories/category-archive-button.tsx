"use client";

import { Archive, ArchiveRestore } from "lucide-react";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { archiveCategoryAction, restoreCategoryAction } from "@/lib/categories/actions";

/** Archives an active category or restores an archived one; neither touches its tickets. */
export function CategoryArchiveButton({ categoryId, name, isArchived }: { categoryId: string; name: string; isArchived: boolean }) {
  const [isPending, startTransition] = useTransition();
  const toggle = () =>
    startTransition(async () => {
      const action = isArchived ? restoreCategoryAction : archiveCategoryAction;
      const result = await action({ categoryId });
      if (!result.ok) toast.error(result.error);
      else if (isArchived) toast.success(`${name} restored. It can be chosen for new tickets again.`);
      else toast.success(`${name} archived. Its tickets keep it; new tickets cannot choose it.`);
    });
  const Icon = isArchived ? ArchiveRestore : Archive;
  const label = isArchived ? "Restore" : "Archive";
  return (
    <Button variant="secondary" onClick={toggle} isPending={isPending} aria-label={`${label} ${name}`}>
      {!isPending && <Icon aria-hidden className="size-4" />}
      {isPending ? (isArchived ? "Restoring…" : "Archiving…") : label}
    </Button>
  );
}
