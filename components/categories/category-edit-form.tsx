"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { toast } from "sonner";
import { useToastActionForm } from "@/components/forms/use-toast-action-form";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateCategoryAction } from "@/lib/categories/actions";
import type { AdminCategoryItem } from "@/lib/categories/queries";
import { type CreateCategoryInput, createCategorySchema } from "@/lib/categories/schemas";
import { CategoryFields } from "./category-fields";

/**
 * Edits a category's name and description in place. It validates with the create schema, the
 * editable fields, and adds the id when it calls the action.
 */
export function CategoryEditForm({
  id,
  category,
  onClose,
}: {
  id: string;
  category: Pick<AdminCategoryItem, "id" | "name" | "description">;
  onClose: () => void;
}) {
  const { register, errors, isSubmitting, setFocus, onSubmit } = useToastActionForm({
    resolver: zodResolver(createCategorySchema),
    defaultValues: { name: category.name, description: category.description },
    action: (values: CreateCategoryInput) => updateCategoryAction({ ...values, categoryId: category.id }),
    onSuccess: ({ changed }, values) => {
      toast.success(changed ? `Category ${values.name} saved.` : "Nothing to save: nothing was changed.");
      onClose();
    },
  });

  // The form opens from the row's Edit button, so keyboard users land where they typed next.
  useEffect(() => setFocus("name"), [setFocus]);

  return (
    <form id={id} onSubmit={onSubmit} noValidate aria-label={`Edit ${category.name}`} className="space-y-3">
      <div className="flex flex-wrap items-start gap-3">
        <CategoryFields register={register} errors={errors} />
      </div>
      <div className="flex gap-2">
        <SubmitButton isPending={isSubmitting} pendingLabel="Saving…">
          Save
        </SubmitButton>
        <Button type="button" variant="ghost" disabled={isSubmitting} onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
