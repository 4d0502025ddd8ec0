"use client";

import { ConfirmActionButton } from "@/components/members/confirm-action-button";
import { revokeInvitationAction } from "@/lib/invitations/actions";

/** Revokes a pending invitation after a confirmation: its link stops working at once. */
export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  return (
    <ConfirmActionButton
      label={
        <>
          Revoke<span className="sr-only"> the invitation to {email}</span>
        </>
      }
      question={`Revoke the invitation to ${email}? The link stops working.`}
      confirmLabel="Revoke invitation"
      groupLabel={`Confirm revoking the invitation to ${email}`}
      successMessage={`The invitation to ${email} was revoked.`}
      run={() => revokeInvitationAction({ invitationId })}
    />
  );
}
