"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useSettingsForm } from "@/components/forms/use-settings-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { RegistrationMode } from "@/lib/generated/prisma/enums";
import { updateSecuritySettingsAction } from "@/lib/workspace-settings/actions";
import {
  REGISTRATION_MODE_LABELS,
  type SecuritySettingsInput,
  securitySettingsSchema,
} from "@/lib/workspace-settings/schemas";

const CHOICE = "flex gap-3 rounded-md border border-border p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft";

export function SecuritySettingsForm({ settings }: { settings: SecuritySettingsInput }) {
  const {
    register,
    onSubmit,
    formState: { isSubmitting, isDirty, errors },
  } = useSettingsForm({ resolver: zodResolver(securitySettingsSchema), settings, save: updateSecuritySettingsAction, savedMessage: "Settings saved." });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Who can create an account</legend>
        {Object.values(RegistrationMode).map((mode) => (
          <label key={mode} className={CHOICE}>
            <input
              type="radio"
              value={mode}
              className="mt-1 accent-accent"
              defaultChecked={settings.registrationMode === mode}
              {...register("registrationMode")}
            />
            <span>
              <span className="block text-sm font-medium">{REGISTRATION_MODE_LABELS[mode].label}</span>
              <span className="block text-sm text-fg-muted">{REGISTRATION_MODE_LABELS[mode].description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Two-factor authentication</legend>
        <label className={CHOICE}>
          <input
            type="checkbox"
            className="mt-1 accent-accent"
            defaultChecked={settings.requireStaffTwoFactor}
            {...register("requireStaffTwoFactor")}
          />
          <span>
            <span className="block text-sm font-medium">Require two-factor for staff</span>
            <span className="block text-sm text-fg-muted">
              Agents, managers and admins without an authenticator app are sent to set one up before they can do
              anything else. Clients may still turn it on for themselves.
            </span>
          </span>
        </label>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">REST API limits</legend>
        <p className="text-sm text-fg-muted">
          Enforced in the database, so they hold across server instances. Over either, the API answers 429 with Retry-After.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            label="Requests per minute, per key"
            error={errors.apiRequestsPerMinute?.message}
            {...register("apiRequestsPerMinute", { valueAsNumber: true })}
          />
          <TextField
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            label="Writes per day (UTC), whole workspace"
            error={errors.apiDailyWriteQuota?.message}
            {...register("apiDailyWriteQuota", { valueAsNumber: true })}
          />
        </div>
      </fieldset>
      <Button type="submit" isPending={isSubmitting} disabled={!isDirty}>
        {isSubmitting ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
