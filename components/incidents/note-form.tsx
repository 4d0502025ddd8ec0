"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { NotebookPen } from "lucide-react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { callAction, toastFormFailure } from "@/components/forms/call-action";
import { MarkdownTextarea } from "@/components/tickets/markdown-textarea";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/action-result";
import { addIncidentNoteAction, editIncidentNoteAction } from "@/lib/incidents/actions";
import { addIncidentNoteSchema } from "@/lib/incidents/schemas";
import { fromWallTime } from "@/lib/incidents/wall-time";

// The time is typed on the workspace's clock and turned into an instant on submit.
const noteFormSchema = z.object({ body: addIncidentNoteSchema.shape.body, occurredAt: z.string() });
type NoteFormValues = z.infer<typeof noteFormSchema>;

export type NoteFormProps = {
  incidentNumber: number;
  timeZone: string;
  /** Editing a note: its id, text, time (as a datetime-local value) and how often it was edited. */
  editing?: { eventId: string; body: string; occurredAt: string; revision: number; onDone: () => void };
};

/** Writes a timeline note at the time it happened (now when left empty), or corrects one. */
export function NoteForm({ incidentNumber, timeZone, editing }: NoteFormProps) {
  const router = useRouter();
  const form = useForm<NoteFormValues>({
    resolver: zodResolver(noteFormSchema),
    defaultValues: { body: editing?.body ?? "", occurredAt: editing?.occurredAt ?? "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ body, occurredAt }) => {
    // An edit that leaves the time alone keeps it to the second, not to the minute shown.
    const isTimeKept = editing !== undefined && occurredAt === editing.occurredAt;
    const at = occurredAt && !isTimeKept ? fromWallTime(occurredAt, timeZone) : null;
    if (occurredAt && !isTimeKept && !at) return form.setError("occurredAt", { message: "Choose a date and time." });
    const instant = at?.toISOString();
    const send = (): Promise<ActionResult<unknown, "CONFLICT">> =>
      editing
        ? editIncidentNoteAction({ incidentNumber, eventId: editing.eventId, revision: editing.revision, body, occurredAt: instant })
        : addIncidentNoteAction({ incidentNumber, body, occurredAt: instant });
    const result = await callAction(send);
    if (!result.ok) {
      toastFormFailure(result, form.setError, () => void onSubmit());
      if ("code" in result && result.code === "CONFLICT") router.refresh();
      return;
    }
    toast.success(editing ? "Note updated." : "Note added to the timeline.");
    if (editing) editing.onDone();
    else form.reset({ body: "", occurredAt: "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-border bg-surface p-4" aria-label={editing ? "Edit note" : "Add a note"}>
      <MarkdownTextarea label={editing ? "Note" : "What happened"} rows={editing ? 4 : 3} error={errors.body?.message} {...form.register("body")} />
      <TextField
        type="datetime-local"
        label="When it happened"
        hint={`On the ${timeZone} clock. Leave empty for now; an earlier time puts the note where it belongs in the timeline.`}
        error={errors.occurredAt?.message}
        className="max-w-md"
        {...form.register("occurredAt")}
      />
      <div className="flex gap-2">
        <SubmitButton icon={NotebookPen} isPending={isSubmitting} pendingLabel="Saving…">
          {editing ? "Save note" : "Add note"}
        </SubmitButton>
        {editing && (
          <Button variant="ghost" disabled={isSubmitting} onClick={editing.onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
