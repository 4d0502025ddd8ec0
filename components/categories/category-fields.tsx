import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";
import type { CreateCategoryInput } from "@/lib/categories/schemas";

/** The name and description inputs that the new-category and edit forms share. */
export function CategoryFields({
  register,
  errors,
}: {
  register: UseFormRegister<CreateCategoryInput>;
  errors: FieldErrors<CreateCategoryInput>;
}) {
  return (
    <>
      <TextField
        label="Name"
        autoComplete="off"
        maxLength={60}
        error={errors.name?.message}
        className="w-full sm:w-64"
        {...register("name")}
      />
      <TextField
        label="Description"
        hint="Optional. Helps people pick the right category for a ticket."
        autoComplete="off"
        maxLength={500}
        error={errors.description?.message}
        className="min-w-0 flex-1"
        {...register("description")}
      />
    </>
  );
}
