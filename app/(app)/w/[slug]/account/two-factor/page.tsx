import type { Metadata } from "next";
import Link from "next/link";
import { SettingsSection } from "@/components/account/settings-section";
import { TwoFactorSettings } from "@/components/two-factor/two-factor-settings";
import { requireActor } from "@/lib/auth/session";
import { findTwoFactorSettings } from "@/lib/two-factor/queries";
import { workspacePath } from "@/lib/workspaces/paths";

export const metadata: Metadata = { title: "Two-factor authentication" };

export default async function TwoFactorPage() {
  const actor = await requireActor();
  const settings = await findTwoFactorSettings(actor);
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Two-factor authentication</h1>
        <p className="mt-1 text-sm text-fg-muted">
          {actor.twoFactorEnrolmentRequired
            ? "Your workspace requires two-factor authentication for agents, managers and admins. Set it up to continue: it takes a minute and an authenticator app on your phone."
            : "A code from an authenticator app on your phone, asked for after your password, so a stolen password is not enough to sign in."}
        </p>
      </div>
      <SettingsSection title="Authenticator app" description="Time-based codes from any standard authenticator app.">
        <TwoFactorSettings settings={settings} doneHref={actor.twoFactorEnrolmentRequired ? workspacePath(actor.workspaceSlug, "/tickets") : undefined} />
      </SettingsSection>
      {!actor.twoFactorEnrolmentRequired && (
        <p className="text-sm">
          <Link href={workspacePath(actor.workspaceSlug, "/account")} className="font-medium text-accent underline-offset-4 hover:underline">
            Back to account settings
          </Link>
        </p>
      )}
    </div>
  );
}
