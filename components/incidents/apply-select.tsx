"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";

export type ApplySelectProps = {
  label: string;
  /** The saved value; the select starts there and comes back to it when the page shows a newer incident. */
  value: string;
  options: { value: string; label: string }[];
  buttonLabel: string;
  isPending: boolean;
  onApply: (value: string) => void;
  /** Ties the select to the keyboard shortcuts' DOM contract. */
  shortcut?: string;
  hint?: string;
};

/**
 * A choice saved with its button, not on change (a select that saved on change would save every
 * value a keyboard user passes through with the arrow keys). The button stays disabled until
 * something other than the saved value is chosen.
 */
export function ApplySelect({ label, value, options, buttonLabel, isPending, onApply, shortcut, hint }: ApplySelectProps) {
  const id = useId();
  const [chosen, setChosen] = useState(value);
  const [saved, setSaved] = useState(value);
  // A refreshed incident (after a save or a conflict) resets the choice to what is saved now.
  if (saved !== value) {
    setSaved(value);
    setChosen(value);
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-xs font-medium text-fg-muted">
        {label}
      </label>
      <div className="flex gap-2">
        <select
          id={id}
          data-shortcut={shortcut}
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
          disabled={isPending}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className="h-9 w-full min-w-0 rounded-md border border-border bg-surface px-2 text-sm"
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <Button
          variant="secondary"
          aria-label={`${buttonLabel} ${label.toLowerCase()}`}
          className="whitespace-nowrap"
          disabled={chosen === value}
          isPending={isPending}
          onClick={() => onApply(chosen)}
        >
          {buttonLabel}
        </Button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-fg-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
