import type { Metadata } from "next";
import { headers } from "next/headers";
import { SettingsSection } from "@/components/account/settings-section";
import { IncidentSettingsForm } from "@/components/status-page/incident-settings-form";
import { requirePermission } from "@/lib/auth/session";
import { appUrl, emailOrigin } from "@/lib/email/app-url";
import { getIncidentSettings } from "@/lib/status-page/settings";
import { statusPagePath } from "@/lib/status-page/tokens";

export const metadata: Metadata = { title: "Incident settings" };

export default async function IncidentSettingsPage() {
  const actor = await requirePermission("settings.manage");
  const settings = await getIncidentSettings(actor);
  const publicUrl = appUrl(statusPagePath(actor.workspaceSlug), emailOrigin(await headers()));
  return (
    <div className="max-w-3xl space-y-6">
      <SettingsSection title="Incidents" description="The public status page and what each severity means. Every change is recorded in the audit log.">
        <IncidentSettingsForm settings={settings} publicUrl={publicUrl} />
      </SettingsSection>
    </div>
  );
}
