import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SettingsSection } from "@/components/account/settings-section";
import { InstanceLog } from "@/components/instance/instance-log";
import { InstanceSettingsForm } from "@/components/instance/instance-settings-form";
import { WorkspaceDeletions } from "@/components/instance/workspace-deletions";
import { requireActor } from "@/lib/auth/session";
import { getInstanceOverview } from "@/lib/instance/overview";
import { getInstanceSettingsForm, isInstanceOperator } from "@/lib/instance/queries";

export const metadata: Metadata = { title: "Instance settings" };

export default async function InstanceSettingsPage() {
  const actor = await requireActor();
  if (!(await isInstanceOperator(actor))) notFound();
  const [{ settings, workspaces }, overview] = await Promise.all([getInstanceSettingsForm(actor), getInstanceOverview(actor)]);
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
      <section aria-labelledby="deletions-heading" className="space-y-3">
        <h2 id="deletions-heading" className="text-lg font-semibold">Workspaces being deleted</h2>
        <WorkspaceDeletions deletions={overview.deletions} />
      </section>
      <section aria-labelledby="instance-log-heading" className="space-y-3">
        <h2 id="instance-log-heading" className="text-lg font-semibold">Instance log</h2>
        <InstanceLog entries={overview.log} />
      </section>
    </div>
  );
}
