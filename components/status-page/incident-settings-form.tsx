"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useSettingsForm } from "@/components/forms/use-settings-form";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { IncidentSeverity } from "@/lib/generated/prisma/enums";
import { SEVERITY_DESCRIPTION_MAX_LENGTH } from "@/lib/incidents/severity";
import { updateIncidentSettingsAction } from "@/lib/status-page/actions";
import { PUBLIC_SEVERITY_LABELS } from "@/lib/status-page/labels";
import { type IncidentSettingsInput, incidentSettingsSchema } from "@/lib/status-page/schemas";

const CHOICE = "flex gap-3 rounded-md border border-border p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft";

/** The status page switch (with its public address) and what each severity means here. */
export function IncidentSettingsForm({ settings, publicUrl }: { settings: IncidentSettingsInput; publicUrl: string }) {
  const {
    register,
    onSubmit,
    formState: { isSubmitting, isDirty, errors },
  } = useSettingsForm({ resolver: zodResolver(incidentSettingsSchema), settings, save: updateIncidentSettingsAction, savedMessage: "Incident settings saved." });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Public status page</legend>
        <label className={CHOICE}>
          <input type="checkbox" className="mt-1 accent-accent" {...register("statusPageEnabled")} />
          <span>
            <span className="block text-sm font-medium">Publish the status page</span>
            <span className="block text-sm text-fg-muted">
              Anyone with the address sees current incidents with their public updates, the last 90 days&apos; history, and
              may subscribe by email. Internal updates, responders and tickets never show.
            </span>
            <span className="mt-1 block text-sm break-all">
              <a href={publicUrl} className="font-medium text-accent underline-offset-2 hover:underline">
                {publicUrl}
              </a>
            </span>
          </span>
        </label>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-sm font-medium">Severity descriptions</legend>
        <p className="text-sm text-fg-muted">Shown to staff when they declare an incident or change its severity.</p>
        {Object.values(IncidentSeverity).map((severity) => {
          const error = errors.severities?.[severity]?.message;
          const id = `severity-${severity}`;
          return (
            <div key={severity} className="space-y-1.5">
              <label htmlFor={id} className="block text-sm font-medium">
                {severity} <span className="font-normal text-fg-muted">({PUBLIC_SEVERITY_LABELS[severity]} on the status page)</span>
              </label>
              <textarea
                id={id}
                rows={2}
                maxLength={SEVERITY_DESCRIPTION_MAX_LENGTH}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                className={cn(
                  "block w-full rounded-md border bg-surface px-3 py-2 text-sm text-fg shadow-xs focus-visible:outline-2",
                  error ? "border-danger" : "border-border",
                )}
                {...register(`severities.${severity}`)}
              />
              {error && (
                <p id={`${id}-error`} className="text-sm text-danger">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <Button type="submit" isPending={isSubmitting} disabled={!isDirty}>
        {isSubmitting ? "Saving…" : "Save incident settings"}
      </Button>
    </form>
  );
}
