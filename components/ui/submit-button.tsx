import type { ComponentProps } from "react";
import type { LucideIcon } from "lucide-react";
import { Button } from "./button";

type SubmitButtonProps = Omit<ComponentProps<typeof Button>, "type"> & {
  /** What the button says while the form submits, in place of its children. */
  pendingLabel: string;
  /** Shown before the label, and given way to the spinner while pending. */
  icon?: LucideIcon;
};

/** A form's submit button: it says what it is doing while the submit runs. */
export function SubmitButton({ isPending, pendingLabel, icon: Icon, children, ...props }: SubmitButtonProps) {
  return (
    <Button type="submit" isPending={isPending} {...props}>
      {Icon && !isPending && <Icon aria-hidden className="size-4" />}
      {isPending ? pendingLabel : children}
    </Button>
  );
}
