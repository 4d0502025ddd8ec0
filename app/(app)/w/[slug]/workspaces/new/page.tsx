import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SettingsSection } from "@/components/account/settings-section";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { requireActor } from "@/lib/auth/session";
import { getInstanceStanding } from "@/lib/instance/queries";
import { canCreateWorkspace } from "@/lib/workspaces/policy";
import { selectableTimeZones } from "@/lib/workspaces/time-zones";

export const metadata: Metadata = { title: "Create a workspace" };

export default async function NewWorkspacePage() {
  const actor = await requireActor();
  if (!canCreateWorkspace(await getInstanceStanding(actor))) notFound();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Create a workspace</h1>
        <p className="mt-1 text-sm text-fg-muted">
          A help desk of its own: its tickets, people, categories and settings are kept apart from every other workspace.
        </p>
      </div>
      <SettingsSection title="New workspace" description="You become its admin, and can invite people once it exists.">
        <CreateWorkspaceForm timeZones={selectableTimeZones()} />
      </SettingsSection>
    </div>
  );
}
