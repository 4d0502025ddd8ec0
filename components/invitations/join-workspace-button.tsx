"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { callAction } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { joinWorkspaceAction } from "@/lib/invitations/actions";
import { workspacePath } from "@/lib/workspaces/paths";

/** The signed-in account the invitation is for joins with one click, then opens the workspace's tickets. */
export function JoinWorkspaceButton({ token, workspaceName }: { token: string; workspaceName: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const join = () =>
    startTransition(async () => {
      const result = await callAction(() => joinWorkspaceAction({ token }));
      if (result.ok) router.push(workspacePath(result.data.workspaceSlug, "/tickets"));
      else setError(result.error);
    });
  return (
    <div className="mt-6 space-y-4">
      {error && <FormAlert>{error}</FormAlert>}
      <Button className="w-full" onClick={join} isPending={isPending}>
        {isPending ? "Joining…" : `Join ${workspaceName}`}
      </Button>
    </div>
  );
}
