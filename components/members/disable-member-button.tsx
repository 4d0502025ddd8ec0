"use client";

import { setMemberDisabledAction } from "@/lib/members/actions";
import { ConfirmActionButton } from "./confirm-action-button";

/** Disables (ending every session at once) or re-enables a member's account, after a confirmation. */
export function DisableMemberButton({ userId, name, isDisabled }: { userId: string; name: string; isDisabled: boolean }) {
  if (isDisabled) {
    return (
      <ConfirmActionButton
        label="Enable"
        question={`Enable ${name}'s account? They can sign in again.`}
        confirmLabel="Yes, enable"
        groupLabel={`Confirm enabling ${name}`}
        successMessage={`${name} can sign in again.`}
        run={() => setMemberDisabledAction({ userId, disabled: false })}
      />
    );
  }
  return (
    <ConfirmActionButton
      label="Disable"
      question={`Disable ${name}'s account? Their sessions end now and they cannot sign in until enabled.`}
      confirmLabel="Yes, disable"
      groupLabel={`Confirm disabling ${name}`}
      successMessage={`${name}'s account is disabled.`}
      run={() => setMemberDisabledAction({ userId, disabled: true })}
    />
  );
}
