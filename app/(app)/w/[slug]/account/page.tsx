import type { Metadata } from "next";
import { ApiKeyCreateForm } from "@/components/api-keys/api-key-create-form";
import { ApiKeyTable } from "@/components/api-keys/api-key-table";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { RecentSignIns } from "@/components/account/recent-sign-ins";
import { SettingsSection } from "@/components/account/settings-section";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { LeaveWorkspaceButton } from "@/components/members/leave-workspace-button";
import { NotificationPreferencesForm } from "@/components/notifications/notification-preferences-form";
import { TwoFactorSettings } from "@/components/two-factor/two-factor-settings";
import { listPersonalTokens } from "@/lib/api-keys/queries";
import { scopesAllowedFor } from "@/lib/api-keys/scopes";
import { ROLE_LABELS, isStaff } from "@/lib/auth/roles";
import { requireActor } from "@/lib/auth/session";
import { getNotificationPreferences } from "@/lib/notifications/preferences";
import { listRecentSignInsForUser } from "@/lib/security/login-attempts";
import { findTwoFactorSettings } from "@/lib/two-factor/queries";
import { getActorWorkspace } from "@/lib/workspaces/current";

export const metadata: Metadata = { title: "Account settings" };

export default async function AccountPage() {
  const actor = await requireActor();
  const [signIns, twoFactor, { categories, ...notificationPreferences }, personalTokens, workspace] = await Promise.all([
    listRecentSignInsForUser(actor),
    findTwoFactorSettings(actor),
    getNotificationPreferences(actor),
    listPersonalTokens(actor),
    getActorWorkspace(actor),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Account settings</h1>
        <p className="mt-1 text-sm text-fg-muted">
          {actor.name} · {actor.email} · {ROLE_LABELS[actor.role]}
        </p>
      </div>
      <SettingsSection title="Password" description="Changing it signs you out on every other device.">
        <ChangePasswordForm />
      </SettingsSection>
      <SettingsSection
        title="Two-factor authentication"
        description="A code from an authenticator app on your phone, asked for after your password."
      >
        <TwoFactorSettings settings={twoFactor} />
      </SettingsSection>
      <SettingsSection title="Notifications" description="Which emails Triage sends you. Each kind can be turned off.">
        <NotificationPreferencesForm
          preferences={notificationPreferences}
          categories={categories}
          isStaff={isStaff(actor.role)}
        />
      </SettingsSection>
      <SettingsSection
        title="Personal access tokens"
        description="Tokens for your own scripts to call the Triage API as you, never with more than your role allows."
      >
        <div className="space-y-6">
          <ApiKeyCreateForm kind="PERSONAL" scopes={scopesAllowedFor(actor.role)} />
          <ApiKeyTable kind="PERSONAL" apiKeys={personalTokens} />
        </div>
      </SettingsSection>
      <SettingsSection
        title="Sessions"
        description="Lost a device or signed in somewhere you shouldn't have? End every session at once."
      >
        <SignOutEverywhere />
      </SettingsSection>
      <SettingsSection title="Recent sign-ins" description="Your last ten sign-in attempts, newest first.">
        <RecentSignIns signIns={signIns} />
      </SettingsSection>
      <SettingsSection title="Leave workspace" description="Your account and your other workspaces stay.">
        <LeaveWorkspaceButton workspaceName={workspace.name} />
      </SettingsSection>
    </div>
  );
}
