import type { Metadata } from "next";
import { SettingsSection } from "@/components/account/settings-section";
import { SecuritySettingsForm } from "@/components/workspace-settings/security-settings-form";
import { requirePermission } from "@/lib/auth/session";
import { getSecuritySettings, getSlaRecalculationBacklog, getSlaSettingsForm } from "@/lib/workspace-settings/queries";
import { SlaSettingsForm } from "@/components/workspace-settings/sla-settings-form";
import { selectableTimeZones } from "@/lib/workspaces/time-zones";
import { DeleteWorkspaceDialog } from "@/components/workspace-settings/delete-workspace-dialog";
import { can } from "@/lib/auth/permissions";
import { getActorWorkspace } from "@/lib/workspaces/current";

export const metadata: Metadata = { title: "Workspace settings" };

export default async function WorkspaceSettingsPage() {
  const actor = await requirePermission("settings.manage");
  const [settings, slaSettings, slaBacklog, workspace] = await Promise.all([
    getSecuritySettings(actor),
    getSlaSettingsForm(actor),
    getSlaRecalculationBacklog(actor),
    getActorWorkspace(actor),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <SettingsSection title="Sign-up, sign-in and API" description="Every change is recorded in the audit log.">
        <SecuritySettingsForm settings={settings} />
      </SettingsSection>
      <SettingsSection
        title="Service levels"
        description="How fast tickets are answered and resolved, per priority, and the hours the clock runs in."
      >
        {slaBacklog > 0 && (
          <p role="status" className="mb-4 rounded-md border border-border bg-surface-muted px-3 py-2 text-sm">
            Recalculating due times under the new settings: {slaBacklog.toLocaleString("en")} open{" "}
            {slaBacklog === 1 ? "ticket" : "tickets"} to go. Reload to follow.
          </p>
        )}
        <SlaSettingsForm settings={slaSettings} timeZones={selectableTimeZones()} />
      </SettingsSection>
      {can(actor, "workspace.delete") && (
        <SettingsSection title="Danger zone" description="Deleting the workspace is for good; it is recorded in the instance log.">
          <DeleteWorkspaceDialog workspace={workspace} />
        </SettingsSection>
      )}
    </div>
  );
}
