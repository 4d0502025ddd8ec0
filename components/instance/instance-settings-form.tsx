"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useSettingsForm } from "@/components/forms/use-settings-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { workspacePath } from "@/lib/workspaces/paths";
import { WorkspaceCreationPolicy } from "@/lib/generated/prisma/enums";
import { updateInstanceSettingsAction } from "@/lib/instance/actions";
import type { WorkspaceChoice } from "@/lib/instance/queries";
import {
  NO_REGISTRATION_WORKSPACE_LABEL,
  type UpdateInstanceSettingsInput,
  updateInstanceSettingsSchema,
  WORKSPACE_CREATION_LABELS,
} from "@/lib/instance/schemas";

const CHOICE = "flex gap-3 rounded-md border border-border p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft";

/** Who may create workspaces, and where registration without an invitation lands. */
export function InstanceSettingsForm({ settings, workspaces }: { settings: UpdateInstanceSettingsInput; workspaces: WorkspaceChoice[] }) {
  const {
    register,
    onSubmit,
    formState: { isSubmitting, isDirty, errors },
  } = useSettingsForm({ resolver: zodResolver(updateInstanceSettingsSchema), settings, save: updateInstanceSettingsAction, savedMessage: "Instance settings saved." });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Who can create workspaces</legend>
        {Object.values(WorkspaceCreationPolicy).map((policy) => (
          <label key={policy} className={CHOICE}>
            <input
              type="radio"
              value={policy}
              className="mt-1 accent-accent"
              defaultChecked={settings.workspaceCreation === policy}
              {...register("workspaceCreation")}
            />
            <span>
              <span className="block text-sm font-medium">{WORKSPACE_CREATION_LABELS[policy].label}</span>
              <span className="block text-sm text-fg-muted">{WORKSPACE_CREATION_LABELS[policy].description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="space-y-1.5">
        <label htmlFor="registration-workspace" className="block text-sm font-medium">
          Registration without an invitation
        </label>
        <select
          id="registration-workspace"
          aria-invalid={errors.registrationWorkspaceId ? true : undefined}
          aria-describedby="registration-workspace-hint"
          className="block h-10 w-full rounded-md border border-border bg-surface px-2 text-sm"
          defaultValue={settings.registrationWorkspaceId ?? ""}
          {...register("registrationWorkspaceId", { setValueAs: (value: string | null) => (value ? value : null) })}
        >
          <option value="">{NO_REGISTRATION_WORKSPACE_LABEL}</option>
          {workspaces.map((workspace) => (
            <option key={workspace.id} value={workspace.id}>
              {workspace.name} ({workspacePath(workspace.slug, "/")})
            </option>
          ))}
        </select>
        <p id="registration-workspace-hint" className="text-sm text-fg-muted">
          People who sign up on their own join this workspace as clients, while its own settings keep registration open.
          Invitations work whatever you choose.
        </p>
        {errors.registrationWorkspaceId && <p className="text-sm text-danger">{errors.registrationWorkspaceId.message}</p>}
      </div>
      <SubmitButton isPending={isSubmitting} pendingLabel="Saving…" disabled={!isDirty}>
        Save instance settings
      </SubmitButton>
    </form>
  );
}
