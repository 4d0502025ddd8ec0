import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SettingsSection } from "@/components/account/settings-section";
import { InstanceSettingsForm } from "@/components/instance/instance-settings-form";
import { requireActor } from "@/lib/auth/session";
import { getInstanceSettingsForm, isInstanceOperator } from "@/lib/instance/queries";

export const metadata: Metadata = { title: "Instance settings" };

export default async function InstanceSettingsPage() {
  const actor = await requireActor();
  if (!(await isInstanceOperator(actor))) notFound();
  const { settings, workspaces } = await getInstanceSettingsForm(actor);
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Instance settings</h1>
        <p className="mt-1 text-sm text-fg-muted">
          Rules for the whole installation, apart from any workspace&apos;s settings. Every change is recorded in the instance log.
        </p>
      </div>
      <SettingsSection title="Workspaces and registration" description="Who may open new workspaces, and where people who sign up on their own land.">
        <InstanceSettingsForm settings={settings} workspaces={workspaces} />
      </SettingsSection>
    </div>
  );
}
