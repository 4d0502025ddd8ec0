"use client";

import { type DefaultValues, type FieldValues, type Resolver, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/action-result";
import { callAction, toastFormFailure } from "./call-action";

/**
 * A settings form: edits `settings`, saves them through `save`, and after a save starts over from
 * what was saved (so Save is disabled until the next change), saying whether anything changed.
 */
export function useSettingsForm<Values extends FieldValues>({
  resolver,
  settings,
  save,
  savedMessage,
}: {
  resolver: Resolver<Values>;
  settings: Values;
  save: (values: Values) => Promise<ActionResult<{ changed: boolean }>>;
  savedMessage: string;
}) {
  const form = useForm<Values>({ resolver, defaultValues: settings as DefaultValues<Values> });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await callAction(() => save(values));
    if (!result.ok) {
      toastFormFailure(result, form.setError, () => void onSubmit());
      return;
    }
    form.reset(values);
    toast.success(result.data.changed ? savedMessage : "Nothing to save: the settings were already so.");
  });
  return { ...form, onSubmit };
}
