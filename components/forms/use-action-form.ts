import { useState } from "react";
import { type FieldValues, useForm } from "react-hook-form";
import type { ActionFormProps } from "./action-form-props";
import { applyActionError } from "./apply-action-error";
import { callAction } from "./call-action";

/**
 * A react-hook-form form that submits to a server action once and then gives way to what the
 * action answered (a "check your inbox" note, a link to sign in): `success` holds that answer,
 * null until it comes. A failure goes to the fields and to `formError`, for the form's alert; a
 * request that never arrived too ("Not sent: ..."), with what was typed kept for another try.
 * `errors` and `isSubmitting` are lifted out of `formState` for the fields and the button.
 */
export function useActionForm<TValues extends FieldValues, TSubmitted extends FieldValues, TData>({
  action,
  ...formProps
}: ActionFormProps<TValues, TSubmitted, TData>) {
  const [formError, setFormError] = useState<string | null>(null);
  // Wrapped, so that an action answering nothing still counts as done.
  const [success, setSuccess] = useState<{ data: TData } | null>(null);
  const form = useForm<TValues, unknown, TSubmitted>(formProps);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await callAction(() => action(values));
    if (result.ok) setSuccess({ data: result.data });
    else setFormError(applyActionError(result, form.setError));
  });

  const { errors, isSubmitting } = form.formState;
  return { ...form, errors, isSubmitting, formError, success, onSubmit };
}
