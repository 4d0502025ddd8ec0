import type { FieldValues, UseFormProps } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";

type FormProps<TValues extends FieldValues, TSubmitted extends FieldValues> = UseFormProps<TValues, unknown, TSubmitted>;

/**
 * What the action-form hooks take: useForm's options and the action the form submits to. The
 * values' type comes from the resolver, not the defaults, which would narrow an enum field to
 * its default value.
 */
export type ActionFormProps<TValues extends FieldValues, TSubmitted extends FieldValues, TData> = Omit<
  FormProps<TValues, TSubmitted>,
  "defaultValues"
> & {
  defaultValues?: NoInfer<FormProps<TValues, TSubmitted>["defaultValues"]>;
  action: (values: TSubmitted) => Promise<ActionResult<TData>>;
};
