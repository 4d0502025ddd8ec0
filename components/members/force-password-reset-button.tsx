"use client";

import { forcePasswordResetAction } from "@/lib/members/actions";
import { ConfirmActionButton } from "./confirm-action-button";

/** Makes a member choose a new password: their old one stops working and they are emailed a link. */
export function ForcePasswordResetButton({ userId, name }: { userId: string; name: string }) {
  return (
    <ConfirmActionButton
      label="Force password reset"
      question={`Make ${name} choose a new password? Their current password stops working, their sessions end, and they are emailed a link.`}
      confirmLabel="Yes, force reset"
      groupLabel={`Confirm forcing a password reset for ${name}`}
      successMessage={`${name} was signed out and emailed a link to choose a new password.`}
      run={() => forcePasswordResetAction({ userId })}
    />
  );
}
