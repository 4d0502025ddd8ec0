import { Badge } from "@/components/ui/badge";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getIncidentTimeZone } from "@/lib/incidents/queries";
import { listIncidentTasks } from "@/lib/incidents/tasks/queries";
import { formatIncidentTime } from "@/lib/incidents/wall-time";
import { listAssignableAgents } from "@/lib/tickets/assignees";
import { AddTaskForm } from "./add-task-form";
import { TaskDoneToggle } from "./task-done-toggle";

/** The incident's tasks, overdue ones flagged; staff who run incidents add and tick them off. */
export async function IncidentTasksPanel({ incidentNumber }: { incidentNumber: number }) {
  const actor = await requireActor();
  const canManage = can(actor, "incidents.manage");
  const [tasks, timeZone, agents] = await Promise.all([
    listIncidentTasks(actor, incidentNumber),
    getIncidentTimeZone(actor),
    canManage ? listAssignableAgents(actor) : [],
  ]);
  const openCount = tasks.filter((task) => !task.completedAt).length;

  return (
    <section aria-labelledby="incident-tasks-heading" className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h2 id="incident-tasks-heading" className="text-sm font-semibold">
        Tasks <span className="font-normal text-fg-muted">({openCount} open of {tasks.length})</span>
      </h2>
      {tasks.length === 0 ? (
        <p className="text-sm text-fg-muted">No tasks yet.</p>
      ) : (
        <ul className="space-y-3">
          {tasks.map((task) => (
            <li key={task.id} className="flex items-start gap-2 text-sm">
              {canManage && <TaskDoneToggle incidentNumber={incidentNumber} taskId={task.id} version={task.version} title={task.title} isDone={task.completedAt !== null} />}
              <div className="min-w-0 space-y-1">
                <p className={task.completedAt ? "text-fg-muted line-through" : "font-medium"}>{task.title}</p>
                <p className="text-fg-muted">
                  {task.owner?.name ?? "No owner"}
                  {task.dueAt && <> · due {formatIncidentTime(task.dueAt, timeZone)}</>}
                  {task.completedAt && task.completedBy && <> · done by {task.completedBy.name}</>}
                </p>
                {(task.isOverdue || task.fromReview) && (
                  <div className="flex gap-1.5">
                    {task.isOverdue && <Badge tone="red">Overdue</Badge>}
                    {task.fromReview && <Badge tone="violet">Review follow-up</Badge>}
                  </div>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {canManage && <AddTaskForm incidentNumber={incidentNumber} agents={agents} currentUserId={actor.userId} timeZone={timeZone} />}
    </section>
  );
}
