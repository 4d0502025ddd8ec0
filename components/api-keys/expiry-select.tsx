import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { cn } from "@/components/ui/cn";
import { API_KEY_EXPIRY_DAYS } from "@/lib/api-keys/schemas";

const LABELS: Record<(typeof API_KEY_EXPIRY_DAYS)[number], string> = {
  "7": "In 7 days",
  "30": "In 30 days",
  "90": "In 90 days",
  "365": "In a year",
  never: "Never",
};

/** When a new key stops working, from a short list of choices. */
export function ExpirySelect({
  defaultValue,
  error,
  field,
}: {
  defaultValue: (typeof API_KEY_EXPIRY_DAYS)[number];
  error?: string;
  field: UseFormRegisterReturn<"expiresInDays">;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        Expires
      </label>
      <select
        id={id}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={cn(
          "block h-10 w-full rounded-md border bg-surface px-3 text-sm text-fg shadow-xs sm:w-44",
          error ? "border-danger" : "border-border",
        )}
        {...field}
      >
        {API_KEY_EXPIRY_DAYS.map((days) => (
          <option key={days} value={days}>
            {LABELS[days]}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
