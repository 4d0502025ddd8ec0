"use client";

import { removeMemberAction } from "@/lib/members/actions";
import { ConfirmActionButton } from "./confirm-action-button";

/** Removes a member from the workspace (their account stays), after a confirmation. */
export function RemoveMemberButton({ userId, name }: { userId: string; name: string }) {
  return (
    <ConfirmActionButton
      label="Remove"
      question={`Remove ${name} from this workspace? Their account and tickets stay; their open tickets go back to the queue.`}
      confirmLabel="Yes, remove"
      groupLabel={`Confirm removing ${name}`}
      successMessage={`${name} is no longer a member of this workspace.`}
      run={() => removeMemberAction({ userId })}
    />
  );
}
