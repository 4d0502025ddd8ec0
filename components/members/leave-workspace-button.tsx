"use client";

import type { Route } from "next";
import { useRouter } from "next/navigation";
import { leaveWorkspaceAction } from "@/lib/members/actions";
import { ConfirmActionButton } from "./confirm-action-button";

/** Leaves the current workspace after a confirmation, then goes to another of one's workspaces. */
export function LeaveWorkspaceButton({ workspaceName }: { workspaceName: string }) {
  const router = useRouter();
  return (
    <ConfirmActionButton
      label="Leave workspace"
      question={`Leave ${workspaceName}? You lose access at once; your tickets stay, and your open assigned tickets go back to the queue.`}
      confirmLabel="Yes, leave"
      groupLabel={`Confirm leaving ${workspaceName}`}
      successMessage={`You left ${workspaceName}.`}
      run={() => leaveWorkspaceAction({})}
      // A path of another workspace, built by the server (lib/members/first-workspace.ts).
      onDone={({ next }) => router.replace(next as Route)}
    />
  );
}
