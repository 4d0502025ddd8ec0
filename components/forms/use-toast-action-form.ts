import { type FieldValues, useForm } from "react-hook-form";
import type { ActionFormProps } from "./action-form-props";
import { callAction, toastFormFailure } from "./call-action";

/**
 * A react-hook-form form that submits to a server action and stays: a failure goes to the fields
 * and into a toast (with Retry when the request never arrived), a success to `onSuccess` (to
 * reset, toast or move on). `errors` and `isSubmitting` are lifted out of `formState` for the
 * fields and the button.
 */
export function useToastActionForm<TValues extends FieldValues, TSubmitted extends FieldValues, TData>({
  action,
  onSuccess,
  ...formProps
}: ActionFormProps<TValues, TSubmitted, TData> & {
  /** Given the form as `{ reset }` only: naming its full type here would stop TypeScript inferring it. */
  onSuccess: (data: TData, values: TSubmitted, form: { reset: () => void }) => void;
}) {
  const form = useForm<TValues, unknown, TSubmitted>(formProps);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await callAction(() => action(values));
    if (result.ok) onSuccess(result.data, values, form);
    // The form keeps the values, so Retry submits them again.
    else toastFormFailure(result, form.setError, () => void onSubmit());
  });

  const { errors, isSubmitting } = form.formState;
  return { ...form, errors, isSubmitting, onSubmit };
}
