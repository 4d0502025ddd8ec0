import type { ReactNode } from "react";

export const inputClasses = "block h-9 w-full rounded-md border border-border bg-surface px-2 text-sm";

/** A group of checkboxes submitting one repeated query key (`status=NEW&status=OPEN`). */
export function CheckboxGroup({
  legend,
  name,
  options,
  checked,
}: {
  legend: string;
  name: string;
  options: Record<string, string>;
  checked: readonly string[] | undefined;
}) {
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-sm font-medium">{legend}</legend>
      {Object.entries(options).map(([value, label]) => (
        <label key={value} className="flex items-center gap-2 text-sm">
          <input type="checkbox" name={name} value={value} defaultChecked={checked?.includes(value)} className="size-4 accent-accent" />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

export function Field({ label, htmlFor, children }: { label: string; htmlFor: string; children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={htmlFor} className="block text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

/** From–to dates for one column, both ends inclusive. */
export function DateRange({ label, name, from, to }: { label: string; name: "created" | "updated" | "resolved"; from?: string; to?: string }) {
  return (
    // Two date inputs need two grid columns: squeezed into one they overflow into the next.
    <fieldset className="space-y-1.5 sm:col-span-2">
      <legend className="text-sm font-medium">{label}</legend>
      <div className="flex items-center gap-2">
        <input aria-label={`${label} from`} type="date" name={`${name}From`} defaultValue={from} className={`${inputClasses} min-w-0`} />
        <span aria-hidden>–</span>
        <input aria-label={`${label} to`} type="date" name={`${name}To`} defaultValue={to} className={`${inputClasses} min-w-0`} />
      </div>
    </fieldset>
  );
}
