"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type ComponentProps, useId } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyActionError } from "@/components/forms/apply-action-error";
import { Button } from "@/components/ui/button";
import { RegistrationMode } from "@/lib/generated/prisma/enums";
import { updateSecuritySettingsAction } from "@/lib/workspace-settings/actions";
import {
  REGISTRATION_MODE_LABELS,
  type SecuritySettingsInput,
  securitySettingsSchema,
} from "@/lib/workspace-settings/schemas";

function NumberField({ label, error, ...input }: { label: string; error?: string } & ComponentProps<"input">) {
  const id = useId();
  return (
    <label className="block text-sm">
      <span className="mb-1 block font-medium">{label}</span>
      <input
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        className="w-full rounded-md border border-border bg-surface px-3 py-2"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? id : undefined}
        {...input}
      />
      {error && <span id={id} className="mt-1 block text-danger">{error}</span>}
    </label>
  );
}

const CHOICE = "flex gap-3 rounded-md border border-border p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft";

export function SecuritySettingsForm({ settings }: { settings: SecuritySettingsInput }) {
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { isSubmitting, isDirty, errors },
  } = useForm<SecuritySettingsInput>({ resolver: zodResolver(securitySettingsSchema), defaultValues: settings });

  const onSubmit = handleSubmit(async (values) => {
    const result = await updateSecuritySettingsAction(values);
    if (!result.ok) {
      toast.error(applyActionError(result, setError));
      return;
    }
    reset(values);
    toast.success(result.data.changed ? "Settings saved." : "Nothing to save: the settings were already so.");
  });

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
          <NumberField
            label="Requests per minute, per key"
            error={errors.apiRequestsPerMinute?.message}
            defaultValue={settings.apiRequestsPerMinute}
            {...register("apiRequestsPerMinute", { valueAsNumber: true })}
          />
          <NumberField
            label="Writes per day (UTC), whole workspace"
            error={errors.apiDailyWriteQuota?.message}
            defaultValue={settings.apiDailyWriteQuota}
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
