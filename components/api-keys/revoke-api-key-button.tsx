"use client";

import { ConfirmActionButton } from "@/components/members/confirm-action-button";
import { revokeApiKeyAction } from "@/lib/api-keys/actions";

/** Revokes a key after a confirmation: whatever uses it is refused from the next request on. */
export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  return (
    <ConfirmActionButton
      label={
        <>
          Revoke<span className="sr-only"> {name}</span>
        </>
      }
      question={`Revoke ${name}? Anything using it stops working at once. This cannot be undone.`}
      confirmLabel="Yes, revoke"
      groupLabel={`Confirm revoking ${name}`}
      successMessage={`${name} revoked.`}
      run={() => revokeApiKeyAction({ id })}
    />
  );
}
