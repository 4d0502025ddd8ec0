"use client";

import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { callAction, toastFormFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { saveViewAction } from "@/lib/tickets/search/actions";
import { SAVED_VIEW_NAME_MAX_LENGTH } from "@/lib/tickets/search/schemas";

/** Saves the list as it is now (`query`, the page's query string) under a name. */
export function SaveViewForm({ query }: { query: string }) {
  const { register, handleSubmit, setError, reset, formState } = useForm<{ name: string }>({ defaultValues: { name: "" } });
  const error = formState.errors.name?.message;

  const onSubmit = handleSubmit(async ({ name }) => {
    const result = await callAction(() => saveViewAction({ name, query }));
    if (!result.ok) return void toastFormFailure(result, setError, () => void onSubmit());
    toast.success(`Saved the view "${result.data.name}".`);
    reset();
  });

  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-start gap-2" noValidate>
      <div className="min-w-0 flex-1">
        <label htmlFor="saved-view-name" className="sr-only">
          View name
        </label>
        <input
          id="saved-view-name"
          placeholder="Name this view"
          maxLength={SAVED_VIEW_NAME_MAX_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "saved-view-name-error" : undefined}
          className="block h-9 w-full rounded-md border border-border bg-surface px-3 text-sm"
          {...register("name", { required: "Give the view a name." })}
        />
        {error && (
          <p id="saved-view-name-error" className="mt-1 text-sm text-danger">
            {error}
          </p>
        )}
      </div>
      <Button type="submit" variant="secondary" isPending={formState.isSubmitting}>
        Save view
      </Button>
    </form>
  );
}
