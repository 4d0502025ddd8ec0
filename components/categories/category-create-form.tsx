"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyActionError } from "@/components/forms/apply-action-error";
import { Button } from "@/components/ui/button";
import { createCategoryAction } from "@/lib/categories/actions";
import { type CreateCategoryInput, createCategorySchema } from "@/lib/categories/schemas";
import { CategoryFields } from "./category-fields";

export function CategoryCreateForm() {
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateCategoryInput>({
    resolver: zodResolver(createCategorySchema),
    defaultValues: { name: "", description: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await createCategoryAction(values);
    if (!result.ok) {
      toast.error(applyActionError(result, setError));
      return;
    }
    reset();
    toast.success(`Category ${result.data.name} created.`);
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="new-category-heading"
      className="space-y-3 rounded-lg border border-border bg-surface p-4 shadow-xs"
    >
      <h3 id="new-category-heading" className="text-sm font-semibold">
        New category
      </h3>
      <div className="flex flex-wrap items-start gap-3">
        <CategoryFields register={register} errors={errors} />
        {/* The labels' height keeps the button level with the inputs, whatever hints or errors show below them. */}
        <Button type="submit" isPending={isSubmitting} className="sm:mt-7">
          {!isSubmitting && <Plus aria-hidden className="size-4" />}
          {isSubmitting ? "Creating…" : "Create category"}
        </Button>
      </div>
    </form>
  );
}
