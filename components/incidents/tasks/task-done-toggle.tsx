"use client";

import { useTicketAction } from "@/components/tickets/use-ticket-action";
import { setIncidentTaskDoneAction } from "@/lib/incidents/tasks/actions";

type TaskDoneToggleProps = { incidentNumber: number; taskId: string; version: number; title: string; isDone: boolean };

/** A checkbox that marks the task done or not done, on the version shown. */
export function TaskDoneToggle({ incidentNumber, taskId, version, title, isDone }: TaskDoneToggleProps) {
  const { isPending, run } = useTicketAction();
  return (
    <input
      type="checkbox"
      checked={isDone}
      disabled={isPending}
      aria-label={isDone ? `Mark “${title}” not done` : `Mark “${title}” done`}
      className="mt-0.5 size-4 shrink-0 accent-accent"
      onChange={(event) =>
        run(
          () => setIncidentTaskDoneAction({ incidentNumber, taskId, version, done: event.target.checked }),
          () => (isDone ? "Task reopened." : "Task done."),
        )
      }
    />
  );
}
