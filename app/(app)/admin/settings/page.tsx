import type { Metadata } from "next";
import { SettingsSection } from "@/components/account/settings-section";
import { SecuritySettingsForm } from "@/components/workspace-settings/security-settings-form";
import { requireRole } from "@/lib/auth/session";
import { getSecuritySettings, getSlaSettingsForm } from "@/lib/workspace-settings/queries";
import { SlaSettingsForm } from "@/components/workspace-settings/sla-settings-form";

export const metadata: Metadata = { title: "Workspace settings" };

export default async function WorkspaceSettingsPage() {
  const actor = await requireRole(["ADMIN"]);
  const [settings, slaSettings] = await Promise.all([getSecuritySettings(actor), getSlaSettingsForm(actor)]);
  return (
    <div className="max-w-3xl space-y-6">
      <SettingsSection title="Sign-up and sign-in" description="Every change is recorded in the audit log.">
        <SecuritySettingsForm settings={settings} />
      </SettingsSection>
      <SettingsSection
        title="Service levels"
        description="How fast tickets are answered and resolved, per priority, and the hours the clock runs in."
      >
        <SlaSettingsForm settings={slaSettings} />
      </SettingsSection>
    </div>
  );
}
