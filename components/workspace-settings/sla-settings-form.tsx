"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { callAction, toastFormFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { PRIORITY_LABELS } from "@/lib/tickets/labels";
import { updateSlaSettingsAction } from "@/lib/workspace-settings/actions";
import {
  PRIORITIES_BY_URGENCY,
  type SlaSettingsInput,
  slaSettingsSchema,
  WEEKDAY_NAMES,
} from "@/lib/workspace-settings/sla-schemas";

const INPUT = "h-9 rounded-md border border-border bg-surface px-2 text-sm";

export function SlaSettingsForm({ settings, timeZones }: { settings: SlaSettingsInput; timeZones: readonly string[] }) {
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<SlaSettingsInput>({ resolver: zodResolver(slaSettingsSchema), defaultValues: settings });
  const usesBusinessHours = useWatch({ control, name: "usesBusinessHours" });

  const onSubmit = handleSubmit(async (values) => {
    const result = await callAction(() => updateSlaSettingsAction(values));
    if (!result.ok) {
      toastFormFailure(result, setError, () => void onSubmit());
      return;
    }
    reset(values);
    toast.success(
      result.data.recalculating ? "SLA settings saved. Open tickets' due times are being recalculated." : "SLA settings saved.",
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset>
        <legend className="text-sm font-medium">Targets, in hours</legend>
        <table className="mt-2 text-sm">
          <thead>
            <tr className="text-left text-fg-muted">
              <th scope="col" className="py-1 pr-4 font-medium">Priority</th>
              <th scope="col" className="py-1 pr-4 font-medium">First response</th>
              <th scope="col" className="py-1 font-medium">Resolution</th>
            </tr>
          </thead>
          <tbody>
            {PRIORITIES_BY_URGENCY.map((priority) => {
              const targetErrors = errors.targets?.[priority];
              return (
                <tr key={priority} className="align-top">
                  <th scope="row" className="py-1.5 pr-4 text-left font-normal">{PRIORITY_LABELS[priority]}</th>
                  {(["firstResponseHours", "resolutionHours"] as const).map((field) => (
                    <td key={field} className="py-1.5 pr-4">
                      <input
                        type="number"
                        step="0.25"
                        min="0"
                        aria-label={`${PRIORITY_LABELS[priority]}: ${field === "firstResponseHours" ? "first response" : "resolution"} hours`}
                        aria-invalid={targetErrors?.[field] ? true : undefined}
                        className={`${INPUT} w-28`}
                        defaultValue={settings.targets[priority][field]}
                        {...register(`targets.${priority}.${field}`, { valueAsNumber: true })}
                      />
                      {targetErrors?.[field] && <p className="mt-1 max-w-48 text-xs text-danger">{targetErrors[field]?.message}</p>}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>

      <TextField
        label="Clients may reopen a resolved ticket for (days)"
        type="number"
        min={0}
        max={365}
        className="max-w-xs"
        error={errors.clientReopenDays?.message}
        defaultValue={settings.clientReopenDays}
        {...register("clientReopenDays", { valueAsNumber: true })}
      />

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Business hours</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="accent-accent"
            defaultChecked={settings.usesBusinessHours}
            {...register("usesBusinessHours")}
          />
          Count only business hours (otherwise the clocks run around the clock)
        </label>
        {usesBusinessHours && (
          <div className="space-y-3 rounded-md border border-border p-3">
            <label className="block text-sm">
              <span className="mb-1 block font-medium">Time zone</span>
              <select
                className={INPUT}
                aria-invalid={errors.timeZone ? true : undefined}
                defaultValue={settings.timeZone}
                {...register("timeZone")}
              >
                {timeZones.map((zone) => (
                  <option key={zone} value={zone}>{zone}</option>
                ))}
              </select>
              {errors.timeZone && <span className="mt-1 block text-danger">{errors.timeZone.message}</span>}
              <span className="mt-1 block text-fg-muted">The dashboard and the ticket list&apos;s date filters count days in this zone too (UTC without business hours).</span>
            </label>
            {errors.days?.message && <p className="text-sm text-danger">{errors.days.message}</p>}
            {WEEKDAY_NAMES.map((day, index) => (
              <div key={day} className="flex flex-wrap items-center gap-2 text-sm">
                <label className="flex w-32 items-center gap-2">
                  <input
                    type="checkbox"
                    className="accent-accent"
                    defaultChecked={settings.days[index]?.isOpen}
                    {...register(`days.${index}.isOpen`)}
                  />
                  {day}
                </label>
                <input type="time" aria-label={`${day} opens`} className={INPUT}
                  defaultValue={settings.days[index]?.start}
                  {...register(`days.${index}.start`)}
                />
                <span aria-hidden>–</span>
                <input type="time" aria-label={`${day} closes`} className={INPUT}
                  defaultValue={settings.days[index]?.end}
                  {...register(`days.${index}.end`)}
                />
                {errors.days?.[index]?.end && <span className="text-danger">{errors.days[index]?.end?.message}</span>}
              </div>
            ))}
            <label className="block text-sm">
              <span className="mb-1 block font-medium">Holidays (one YYYY-MM-DD per line)</span>
              <textarea rows={4} className={`${INPUT} h-auto w-full max-w-xs py-1.5 font-mono`} defaultValue={settings.holidays}
                {...register("holidays")}
              />
              {errors.holidays && <span className="mt-1 block text-danger">{errors.holidays.message}</span>}
            </label>
          </div>
        )}
      </fieldset>

      <Button type="submit" isPending={isSubmitting} disabled={!isDirty}>
        {isSubmitting ? "Saving…" : "Save SLA settings"}
      </Button>
    </form>
  );
}
