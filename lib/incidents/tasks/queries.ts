import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { dbFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { INCIDENT_NOT_FOUND_MESSAGE, authorizeIncidents, incidentScope } from "../policy";

const person = { select: { id: true, name: true } } as const;

export type IncidentTaskItem = {
  id: string;
  title: string;
  owner: { id: string; name: string } | null;
  dueAt: Date | null;
  completedAt: Date | null;
  completedBy: { id: string; name: string } | null;
  fromReview: boolean;
  version: number;
  createdAt: Date;
  /** Not done and past its due time, at the moment of reading. */
  isOverdue: boolean;
};

/** An incident's tasks in the order they were added, each flagged when overdue; 404 for anyone but its staff. */
export async function listIncidentTasks(actor: Actor, incidentNumber: number, now = new Date()): Promise<IncidentTaskItem[]> {
  authorizeIncidents(actor, "read");
  const incident = await dbFor(actor).incident.findFirst({
    where: { AND: [incidentScope(actor), { number: incidentNumber }] },
    select: {
      tasks: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true, title: true, owner: person, dueAt: true, completedAt: true, completedBy: person, fromReview: true, version: true, createdAt: true,
        },
      },
    },
  });
  if (!incident) throw new NotFoundError(INCIDENT_NOT_FOUND_MESSAGE);
  return incident.tasks.map((task) => ({
    ...task,
    isOverdue: task.completedAt === null && task.dueAt !== null && task.dueAt.getTime() < now.getTime(),
  }));
}
