import type { SelectHTMLAttributes } from "react";

const TIME_ZONES = Intl.supportedValuesOf("timeZone");

/** A labelled select of every IANA time zone the browser knows, its error announced with it. */
export function TimeZoneSelect({ id, label, hint, error, ...props }: SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  hint: string;
  error?: string;
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
        {/* UTC is not in every browser's list, and it is the default. */}
        {!TIME_ZONES.includes("UTC") && <option value="UTC">UTC</option>}
        {TIME_ZONES.map((zone) => (
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
