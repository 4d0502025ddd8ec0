"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useId, useRef } from "react";
import { toast } from "sonner";
import { useToastActionForm } from "@/components/forms/use-toast-action-form";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { deleteWorkspaceAction } from "@/lib/workspaces/deletion/actions";
import { deleteWorkspaceSchemaFor } from "@/lib/workspaces/deletion/schemas";

type Workspace = { name: string; slug: string };

/**
 * The workspace's danger zone: deleting it, confirmed in a native modal dialog (the browser keeps
 * focus inside, closes it on Escape and returns focus to the button) by typing its URL name.
 */
export function DeleteWorkspaceDialog({ workspace }: { workspace: Workspace }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const router = useRouter();
  const { register, errors, isSubmitting, onSubmit, reset } = useToastActionForm({
    resolver: zodResolver(deleteWorkspaceSchemaFor(workspace.slug)),
    defaultValues: { confirmation: "" },
    action: deleteWorkspaceAction,
    onSuccess: ({ next }) => {
      toast.success(`${workspace.name} is deleted. Its data is being removed in the background.`);
      // A path of another workspace, built by the server (lib/members/first-workspace.ts).
      router.replace(next as Route);
    },
  });
  const close = () => {
    dialog.current?.close();
    reset();
  };

  return (
    <div className="space-y-3">
      <p className="text-sm">
        Deleting <strong>{workspace.name}</strong> ends every member&apos;s access and every API key of it at once, then
        removes its tickets, categories, settings and audit log for good. Members keep their accounts and other
        workspaces.
      </p>
      <Button variant="danger" onClick={() => dialog.current?.showModal()}>
        Delete workspace…
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        onClose={() => reset()}
        className="m-auto w-full max-w-md rounded-lg border border-border bg-surface p-5 text-fg shadow-lg backdrop:bg-black/40"
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <h2 id={headingId} className="text-base font-semibold">
            Delete {workspace.name}?
          </h2>
          <p className="text-sm text-fg-muted">This cannot be undone.</p>
          <TextField
            label={`Type ${workspace.slug} to confirm`}
            autoComplete="off"
            spellCheck={false}
            error={errors.confirmation?.message}
            {...register("confirmation")}
          />
          <div className="flex justify-end gap-3">
            <Button type="button" variant="ghost" disabled={isSubmitting} onClick={close}>
              Cancel
            </Button>
            <SubmitButton variant="danger" isPending={isSubmitting} pendingLabel="Deleting…">
              Delete workspace
            </SubmitButton>
          </div>
        </form>
      </dialog>
    </div>
  );
}
