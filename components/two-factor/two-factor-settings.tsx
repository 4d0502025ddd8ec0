import type { Route } from "next";
import type { TwoFactorSettings as Settings } from "@/lib/two-factor/queries";
import { DisableTwoFactorForm } from "./disable-two-factor-form";
import { EnrolmentSetup } from "./enrolment-setup";
import { RegenerateRecoveryCodesForm } from "./regenerate-recovery-codes-form";
import { StartEnrolmentButton } from "./start-enrolment-button";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** The actor's two-factor state with what they can do next: set up, finish setting up, or manage. */
export function TwoFactorSettings({ settings, doneHref }: { settings: Settings; doneHref?: Route }) {
  if (settings.status === "off") {
    return (
      <div className="space-y-3">
        <p className="text-sm">Two-factor authentication is off. With it on, signing in needs your password and a code from your phone.</p>
        <StartEnrolmentButton />
      </div>
    );
  }
  if (settings.status === "pending") return <EnrolmentSetup {...settings.enrolment} doneHref={doneHref} />;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        Two-factor authentication is on since {dateFormat.format(settings.enabledAt)}. You have{" "}
        {settings.unusedRecoveryCodes} unused recovery code{settings.unusedRecoveryCodes === 1 ? "" : "s"}.
      </p>
      <div>
        <h3 className="mb-2 text-sm font-semibold">Recovery codes</h3>
        <RegenerateRecoveryCodesForm />
      </div>
      <div>
        <h3 className="mb-2 text-sm font-semibold">Turn off two-factor</h3>
        <p className="mb-3 text-sm text-fg-muted">This signs you out on every other device.</p>
        <DisableTwoFactorForm />
      </div>
    </div>
  );
}
