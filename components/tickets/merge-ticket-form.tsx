"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { callAction, toastFormFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { findMergeTargetAction, mergeTicketAction } from "@/lib/tickets/merge-actions";
import {
  MERGE_INTO_ITSELF_MESSAGE,
  type FindMergeTargetInput,
  type MergeTarget,
  describeMergeTarget,
  findMergeTargetSchema,
  mergeTargetRefusal,
} from "@/lib/tickets/merge-schemas";
import { useWorkspacePath } from "@/components/workspaces/use-workspace-path";

export type MergeTicketFormProps = {
  /** The ticket on the page: the duplicate, at the version the page was rendered with. */
  ticket: { number: number; version: number };
};

/**
 * "Merge into…" for staff: look up the target by number, read the preview line, then confirm.
 * The preview is a status region, so a screen reader hears what was found or why it cannot be
 * used. On success the actor lands on the target, where the merged conversation now lives.
 */
export function MergeTicketForm({ ticket }: MergeTicketFormProps) {
  const router = useRouter();
  const inWorkspace = useWorkspacePath();
  const [target, setTarget] = useState<MergeTarget | null>(null);
  const [isMerging, startMerge] = useTransition();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FindMergeTargetInput>({ resolver: zodResolver(findMergeTargetSchema) });

  const lookUp = handleSubmit(async ({ targetNumber }) => {
    setTarget(null);
    const result = await callAction(() => findMergeTargetAction({ targetNumber }));
    if (!result.ok) return void toastFormFailure(result, setError, () => void lookUp());
    if (!result.data) return setError("targetNumber", { message: `Ticket #${targetNumber} was not found.` });
    setTarget(result.data);
  });

  const merge = (into: MergeTarget) =>
    startMerge(async () => {
      const input = { ticketNumber: ticket.number, version: ticket.version, targetNumber: into.number };
      const result = await callAction(() => mergeTicketAction(input));
      if (!result.ok) {
        toastFormFailure(result, setError, () => merge(into));
        if (result.code === "CONFLICT") router.refresh();
        return;
      }
      toast.success(`Merged #${ticket.number} into #${into.number}.`);
      router.push(inWorkspace(`/tickets/${into.number}`));
    });

  const refusal = target && (target.number === ticket.number ? MERGE_INTO_ITSELF_MESSAGE : mergeTargetRefusal(target));

  return (
    <details className="rounded-lg border border-border bg-surface p-3 text-sm">
      <summary className="cursor-pointer font-medium">Merge into…</summary>
      <form onSubmit={lookUp} noValidate className="mt-3 space-y-2">
        <TextField
          label="Target ticket number"
          inputMode="numeric"
          autoComplete="off"
          error={errors.targetNumber?.message}
          {...register("targetNumber", { valueAsNumber: true, onChange: () => setTarget(null) })}
        />
        <Button type="submit" variant="secondary" isPending={isSubmitting}>
          {isSubmitting ? "Looking up…" : "Look up"}
        </Button>
      </form>
      <div role="status" className="mt-3 space-y-2">
        {target && <p>{describeMergeTarget(target)}</p>}
        {refusal && <p className="text-danger">{refusal}</p>}
      </div>
      {target && !refusal && (
        <Button variant="danger" className="mt-2" isPending={isMerging} onClick={() => merge(target)}>
          Merge #{ticket.number} into #{target.number}
        </Button>
      )}
    </details>
  );
}
