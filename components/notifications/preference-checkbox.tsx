import type { InputHTMLAttributes } from "react";

const CHOICE = "flex gap-3 rounded-md border border-border p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft";

type PreferenceCheckboxProps = InputHTMLAttributes<HTMLInputElement> & { label: string; description: string };

/** One email kind a member can turn on or off, with a sentence on when it is sent. */
export function PreferenceCheckbox({ label, description, ...input }: PreferenceCheckboxProps) {
  return (
    <label className={CHOICE}>
      <input type="checkbox" className="mt-1 accent-accent" {...input} />
      <span>
        <span className="block text-sm font-medium">{label}</span>
        <span className="block text-sm text-fg-muted">{description}</span>
      </span>
    </label>
  );
}
