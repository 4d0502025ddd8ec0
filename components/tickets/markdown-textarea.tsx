import { type TextareaHTMLAttributes, forwardRef, useId } from "react";
import { cn } from "@/components/ui/cn";

type MarkdownTextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; error?: string };

/** A labelled Markdown textarea with its hint and error tied to it for screen readers. */
export const MarkdownTextarea = forwardRef<HTMLTextAreaElement, MarkdownTextareaProps>(function MarkdownTextarea(
  { label, error, id, className, ...props },
  ref,
) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={inputId} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        ref={ref}
        id={inputId}
        rows={8}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-hint ${inputId}-error` : `${inputId}-hint`}
        className={cn(
          "block w-full rounded-md border bg-surface px-3 py-2 text-sm text-fg shadow-xs",
          "placeholder:text-fg-muted focus-visible:outline-2",
          error ? "border-danger" : "border-border",
        )}
        {...props}
      />
      <p id={`${inputId}-hint`} className="text-sm text-fg-muted">
        Markdown works: **bold**, _italic_, `code`, lists and links. HTML tags are ignored.
      </p>
      {error && (
        <p id={`${inputId}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
});
