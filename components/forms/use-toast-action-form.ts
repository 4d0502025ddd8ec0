import { type FieldValues, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { ActionFormProps } from "./action-form-props";
import { applyActionError } from "./apply-action-error";

/**
 * A react-hook-form form that submits to a server action and stays: a failure goes to the fields
 * and into a toast, a success to `onSuccess` (to reset, toast or move on). `errors` and
 * `isSubmitting` are lifted out of `formState` for the fields and the button.
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
    const result = await action(values);
    if (result.ok) onSuccess(result.data, values, form);
    else toast.error(applyActionError(result, form.setError));
  });

  const { errors, isSubmitting } = form.formState;
  return { ...form, errors, isSubmitting, onSubmit };
}
