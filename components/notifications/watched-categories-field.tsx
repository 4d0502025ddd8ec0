"use client";

import { type Control, useController } from "react-hook-form";
import type { UpdateNotificationPreferencesInput } from "@/lib/notifications/schemas";

type WatchedCategoriesFieldProps = {
  control: Control<UpdateNotificationPreferencesInput>;
  categories: { id: string; name: string }[];
};

/**
 * The categories a staff member watches, as a list of checkboxes. Controlled, because a lone
 * registered checkbox would give react-hook-form a boolean instead of a list of ids.
 */
export function WatchedCategoriesField({ control, categories }: WatchedCategoriesFieldProps) {
  const { field } = useController({ control, name: "watchedCategoryIds" });
  const toggle = (id: string, isChecked: boolean) =>
    field.onChange(isChecked ? [...field.value, id] : field.value.filter((watchedId) => watchedId !== id));

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Categories I watch</legend>
      <p className="text-sm text-fg-muted">
        New tickets in a category go to the agents who watch it. If nobody watches a category, every agent who
        wants new-ticket emails hears about it.
      </p>
      {categories.length === 0 ? (
        <p className="text-sm text-fg-muted">This workspace has no active categories yet.</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2">
          {categories.map((category) => (
            <li key={category.id}>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="accent-accent"
                  checked={field.value.includes(category.id)}
                  onChange={(event) => toggle(category.id, event.target.checked)}
                  onBlur={field.onBlur}
                />
                {category.name}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
