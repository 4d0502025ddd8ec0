"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

const selectClasses = "h-9 min-w-0 flex-1 rounded-md border border-border bg-surface px-2 text-sm";

export type ChangeFieldProps = {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  /** `reset` puts the select back to the saved value, for when the change is refused. */
  onApply: (value: string, reset: () => void) => void;
  isPending: boolean;
};

/**
 * A select applied with its own button: a select that saved on change would save every value a
 * keyboard user passes through with the arrow keys.
 */
export function ChangeField({ label, value, options, onApply, isPending }: ChangeFieldProps) {
  const [selected, setSelected] = useState(value);
  const id = `ticket-${label.toLowerCase()}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-xs font-medium text-fg-muted">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <select
          id={id}
          data-shortcut={label.toLowerCase()}
          value={selected}
          onChange={(event) => setSelected(event.target.value)}
          disabled={isPending}
          className={selectClasses}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {selected !== value && (
          <Button variant="secondary" isPending={isPending} onClick={() => onApply(selected, () => setSelected(value))}>
            {isPending ? "Saving…" : "Apply"}
          </Button>
        )}
      </div>
    </div>
  );
}
