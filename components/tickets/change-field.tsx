"use client";

const selectClasses = "h-9 w-full min-w-0 rounded-md border border-border bg-surface px-2 text-sm";

export type ChangeFieldProps = {
  label: string;
  /** What the actor chose: the saved value until they pick another. */
  value: string;
  /** Whether `value` differs from the saved one, marked until it is saved or discarded. */
  isChanged: boolean;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  isPending: boolean;
};

/**
 * One field of the ticket's side panel. It saves nothing by itself: a select that saved on change
 * would save every value a keyboard user passes through with the arrow keys, and one that saved
 * alone would lose the other fields' choices when the page shows the newer ticket.
 */
export function ChangeField({ label, value, isChanged, options, onChange, isPending }: ChangeFieldProps) {
  const id = `ticket-${label.toLowerCase()}`;
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-xs font-medium text-fg-muted">
          {label}
        </label>
        {/* The save bar names the count for screen readers; this marks which field, for the eye. */}
        {isChanged && (
          <span aria-hidden className="text-xs font-medium text-accent">
            Unsaved
          </span>
        )}
      </div>
      <select
        id={id}
        data-shortcut={label.toLowerCase()}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={isPending}
        className={selectClasses}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
