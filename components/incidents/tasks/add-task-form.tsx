"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ListPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { callAction, toastFormFailure } from "@/components/forms/call-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { addIncidentTaskAction } from "@/lib/incidents/tasks/actions";
import { addIncidentTaskSchema } from "@/lib/incidents/tasks/schemas";
import { fromWallTime } from "@/lib/incidents/wall-time";

// The due time is typed on the workspace's clock and turned into an instant on submit.
const taskFormSchema = z.object({ title: addIncidentTaskSchema.shape.title, ownerId: z.string(), dueAt: z.string() });
type TaskFormValues = z.infer<typeof taskFormSchema>;

export type AddTaskFormProps = {
  incidentNumber: number;
  agents: { id: string; name: string }[];
  currentUserId: string;
  timeZone: string;
  /** A follow-up agreed in the review, listed with the tasks and marked as such. */
  fromReview?: boolean;
};

/** Adds a task with an owner (or nobody) and an optional due time. */
export function AddTaskForm({ incidentNumber, agents, currentUserId, timeZone, fromReview = false }: AddTaskFormProps) {
  const router = useRouter();
  const id = useId();
  const form = useForm<TaskFormValues>({ resolver: zodResolver(taskFormSchema), defaultValues: { title: "", ownerId: "", dueAt: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ title, ownerId, dueAt }) => {
    const due = dueAt ? fromWallTime(dueAt, timeZone) : null;
    if (dueAt && !due) return form.setError("dueAt", { message: "Choose a date and time." });
    const result = await callAction(() =>
      addIncidentTaskAction({ incidentNumber, title, ownerId: ownerId || null, dueAt: due?.toISOString() ?? null, fromReview }),
    );
    if (!result.ok) {
      toastFormFailure(result, form.setError, () => void onSubmit());
      if ("code" in result && result.code === "CONFLICT") router.refresh();
      return;
    }
    toast.success(fromReview ? "Follow-up task added." : "Task added.");
    form.reset({ title: "", ownerId, dueAt: "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 border-t border-border pt-3" aria-label={fromReview ? "Add a follow-up task" : "Add a task"}>
      <TextField label={fromReview ? "Follow-up task" : "New task"} error={errors.title?.message} {...form.register("title")} />
      <div className="space-y-1.5">
        <label htmlFor={`${id}-owner`} className="block text-sm font-medium">
          Owner
        </label>
        <select
          id={`${id}-owner`}
          aria-invalid={errors.ownerId ? true : undefined}
          aria-describedby={errors.ownerId ? `${id}-owner-error` : undefined}
          className="block h-10 w-full rounded-md border border-border bg-surface px-3 text-sm"
          {...form.register("ownerId")}
        >
          <option value="">Nobody yet</option>
          {agents.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.id === currentUserId ? `${agent.name} (me)` : agent.name}
            </option>
          ))}
        </select>
        {errors.ownerId && (
          <p id={`${id}-owner-error`} className="text-sm text-danger">
            {errors.ownerId.message}
          </p>
        )}
      </div>
      <TextField type="datetime-local" label="Due" hint={`Optional, on the ${timeZone} clock.`} error={errors.dueAt?.message} {...form.register("dueAt")} />
      <SubmitButton variant="secondary" icon={ListPlus} isPending={isSubmitting} pendingLabel="Adding…">
        {fromReview ? "Add follow-up" : "Add task"}
      </SubmitButton>
    </form>
  );
}
