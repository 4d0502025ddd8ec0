import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { type ApiScope, SCOPE_DESCRIPTIONS } from "@/lib/api-keys/scopes";

const CHOICE = "flex gap-3 rounded-md border border-border p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft";

/** A checkbox for each scope the key may be given, with what it allows, and the group's error. */
export function ScopeFieldset({
  scopes,
  defaultScopes,
  error,
  field,
}: {
  scopes: readonly ApiScope[];
  defaultScopes: readonly ApiScope[];
  error?: string;
  field: UseFormRegisterReturn<"scopes">;
}) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="space-y-2">
      <legend className="mb-1.5 text-sm font-medium">Scopes</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {scopes.map((scope) => (
          <label key={scope} className={CHOICE}>
            <input
              type="checkbox"
              value={scope}
              className="mt-1 accent-accent"
              aria-invalid={error ? true : undefined}
              defaultChecked={defaultScopes.includes(scope)}
              {...field}
            />
            <span>
              <span className="block font-mono text-sm font-medium">{scope}</span>
              <span className="block text-sm text-fg-muted">{SCOPE_DESCRIPTIONS[scope]}</span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
