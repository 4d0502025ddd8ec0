"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useForm, useWatch } from "react-hook-form";
import { callAction, toastFormFailure } from "@/components/forms/call-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { createWorkspaceAction } from "@/lib/workspaces/actions";
import { type CreateWorkspaceInput, createWorkspaceSchema, SLUG_MAX_LENGTH } from "@/lib/workspaces/schemas";
import { workspacePath } from "@/lib/workspaces/paths";
import { TimeZoneSelect } from "./time-zone-select";

/** Creates a workspace with its creator as admin; the action opens the new workspace's settings. */
export function CreateWorkspaceForm({ timeZones }: { timeZones: readonly string[] }) {
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<CreateWorkspaceInput>({
    resolver: zodResolver(createWorkspaceSchema),
    // No defaults for the text fields: registering reads what is already typed in them, so
    // nothing typed before the page hydrated is wiped.
    defaultValues: { reportTimeZone: "UTC" },
  });
  const slug = (useWatch({ control, name: "slug" }) ?? "").trim().toLowerCase();

  const onSubmit = handleSubmit(async (values) => {
    // A success redirects; only a failure comes back.
    const result = await callAction(() => createWorkspaceAction(values));
    if (!result.ok) toastFormFailure(result, setError, () => void onSubmit());
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <TextField id="workspace-name" label="Name" autoComplete="off" error={errors.name?.message} {...register("name")} />
      <TextField
        id="workspace-slug"
        label="URL"
        autoComplete="off"
        spellCheck={false}
        maxLength={SLUG_MAX_LENGTH}
        hint={`Lowercase letters, digits and hyphens. Its pages will be at ${workspacePath(slug || "…", "/")}.`}
        error={errors.slug?.message}
        {...register("slug")}
      />
      <TimeZoneSelect
        zones={timeZones}
        id="workspace-time-zone"
        label="Report time zone"
        hint="The dashboard and date filters count days in this zone. Saving service levels later sets it to the business hours' zone (UTC without business hours)."
        error={errors.reportTimeZone?.message}
        {...register("reportTimeZone")}
      />
      <SubmitButton icon={Plus} isPending={isSubmitting} pendingLabel="Creating…">
        Create workspace
      </SubmitButton>
    </form>
  );
}
