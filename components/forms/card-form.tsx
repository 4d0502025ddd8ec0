import type { LucideIcon } from "lucide-react";
import type { FormEventHandler, ReactNode } from "react";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * A small form in a card above a list (a new category, an invitation): a heading, then the
 * fields and the submit button in one row that wraps on narrow screens.
 */
export function CardForm({
  headingId,
  title,
  onSubmit,
  isSubmitting,
  icon,
  submitLabel,
  pendingLabel,
  children,
}: {
  headingId: string;
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  isSubmitting: boolean;
  icon: LucideIcon;
  submitLabel: string;
  pendingLabel: string;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-border bg-surface p-4 shadow-xs"
    >
      <h3 id={headingId} className="text-sm font-semibold">
        {title}
      </h3>
      <div className="flex flex-wrap items-start gap-3">
        {children}
        {/* The labels' height keeps the button level with the inputs, whatever hints or errors show below them. */}
        <SubmitButton icon={icon} isPending={isSubmitting} pendingLabel={pendingLabel} className="sm:mt-7">
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
