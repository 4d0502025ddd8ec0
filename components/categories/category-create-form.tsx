"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { toast } from "sonner";
import { CardForm } from "@/components/forms/card-form";
import { useToastActionForm } from "@/components/forms/use-toast-action-form";
import { createCategoryAction } from "@/lib/categories/actions";
import { createCategorySchema } from "@/lib/categories/schemas";
import { CategoryFields } from "./category-fields";

export function CategoryCreateForm() {
  const { register, errors, isSubmitting, onSubmit } = useToastActionForm({
    resolver: zodResolver(createCategorySchema),
    defaultValues: { name: "", description: "" },
    action: createCategoryAction,
    onSuccess: (category, _values, form) => {
      form.reset();
      toast.success(`Category ${category.name} created.`);
    },
  });

  return (
    <CardForm
      headingId="new-category-heading"
      title="New category"
      onSubmit={onSubmit}
      isSubmitting={isSubmitting}
      icon={Plus}
      submitLabel="Create category"
      pendingLabel="Creating…"
    >
      <CategoryFields register={register} errors={errors} />
    </CardForm>
  );
}
