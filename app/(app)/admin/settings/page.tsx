import type { Metadata } from "next";
import { SettingsSection } from "@/components/account/settings-section";
import { SecuritySettingsForm } from "@/components/workspace-settings/security-settings-form";
import { requireRole } from "@/lib/auth/session";
import { getSecuritySettings } from "@/lib/workspace-settings/queries";

export const metadata: Metadata = { title: "Workspace settings" };

export default async function WorkspaceSettingsPage() {
  const actor = await requireRole(["ADMIN"]);
  const settings = await getSecuritySettings(actor);
  return (
    <div className="max-w-3xl">
      <SettingsSection title="Sign-up and sign-in" description="Every change is recorded in the audit log.">
        <SecuritySettingsForm settings={settings} />
      </SettingsSection>
    </div>
  );
}
