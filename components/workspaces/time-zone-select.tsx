import type { SelectHTMLAttributes } from "react";

/** A labelled select of the time zones the server offers (selectableTimeZones), its error announced with it. */
export function TimeZoneSelect({ id, label, hint, error, zones, ...props }: SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  hint: string;
  error?: string;
  zones: readonly string[];
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        className="block h-10 w-full rounded-md border border-border bg-surface px-2 text-sm"
        {...props}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="text-sm text-fg-muted">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
