import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { stageTimestamps } from "@/lib/incidents/workflow";
import type { Directory } from "./directory";
import type { IncidentStory, StoryPerson } from "./incident-stories";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** The closing follows the review by this much: the manager reads it, then closes. */
const CLOSE_AFTER_REVIEW_MINUTES = 5;
/** Linked tickets are the latest reported up to this many days before the declaration. */
const LINK_WINDOW_DAYS = 2;

type EventRow = Prisma.IncidentEventCreateManyInput;

/** When a story's incident was declared, relative to `now`. */
function declaredAtOf(story: IncidentStory, now: number): Date {
  if (story.minutesAgo !== undefined) return new Date(now - story.minutesAgo * MINUTE_MS);
  const day = new Date(now - story.daysAgo * DAY_MS);
  day.setUTCHours(story.hour, 0, 0, 0);
  return day;
}

/**
 * Adds the stories' incidents to the directory's workspace with their whole record: timeline
 * (declaration, roles, linked tickets, status moves, backdated notes, tasks, updates, review),
 * tasks done and open, internal and public status updates, and a written review on the closed
 * ones. Inserted directly, in the seed's style, one transaction per incident. Nothing is added
 * when the workspace has incidents already, so a rerun leaves them as they are. Returns how many
 * were added. `prisma` must bypass row-level security, like the loader.
 */
export async function seedIncidents(prisma: PrismaClient, directory: Directory, stories: readonly IncidentStory[], now = Date.now()): Promise<number> {
  const { workspaceId } = directory;
  if ((await prisma.incident.count({ where: { workspaceId } })) > 0) return 0;
  const personId = (person: StoryPerson) =>
    person === "manager" ? directory.manager.id : directory.agents[person % directory.agents.length]!.id;
  // Declared oldest first, so the numbers follow the declarations as the app gives them.
  const ordered = [...stories].sort((a, b) => declaredAtOf(a, now).getTime() - declaredAtOf(b, now).getTime());
  for (const story of ordered) {
    await prisma.$transaction(async (tx) => {
      const { incidentNumber: number } = await tx.workspace.update({
        where: { id: workspaceId },
        data: { incidentNumber: { increment: 1 } },
        select: { incidentNumber: true },
      });
      const declaredAt = declaredAtOf(story, now);
      const at = (minute: number) => new Date(declaredAt.getTime() + minute * MINUTE_MS);
      const commanderId = personId(story.commander);
      const communicationsLeadId = story.communicationsLead === undefined ? null : personId(story.communicationsLead);
      const tickets = await tx.ticket.findMany({
        where: { workspaceId, createdAt: { gte: new Date(declaredAt.getTime() - LINK_WINDOW_DAYS * DAY_MS), lte: declaredAt } },
        orderBy: { createdAt: "desc" },
        take: story.linkedTickets,
        select: { id: true, number: true },
      });

      let stamps = { acknowledgedAt: null as Date | null, mitigatedAt: null as Date | null, resolvedAt: null as Date | null };
      let status: IncidentStatus = "INVESTIGATING";
      const events: Omit<EventRow, "workspaceId" | "incidentId">[] = [
        { kind: "DECLARED", actorId: commanderId, occurredAt: declaredAt, createdAt: declaredAt, metadata: { severity: story.severity, commanderId } },
        ...tickets.map((ticket) => ({ kind: "TICKET_LINKED" as const, actorId: commanderId, occurredAt: declaredAt, createdAt: declaredAt, metadata: { ticketNumber: ticket.number } })),
      ];
      if (communicationsLeadId) {
        events.push({ kind: "ROLE_ASSIGNED", actorId: commanderId, occurredAt: at(2), createdAt: at(2), metadata: { role: "communications_lead", from: null, to: communicationsLeadId } });
      }
      for (const [minute, to] of story.statuses) {
        stamps = { ...stamps, ...stageTimestamps(stamps, to, at(minute)) };
        events.push({ kind: "STATUS_CHANGED", actorId: commanderId, occurredAt: at(minute), createdAt: at(minute), metadata: { from: status, to } });
        status = to;
      }
      for (const note of story.notes) {
        events.push({ kind: "NOTE", actorId: personId(note.by), occurredAt: at(note.at), createdAt: at(note.writtenAt), body: note.body });
      }
      const updates = story.updates.map((update) => ({
        id: randomUUID(), workspaceId, status: update.status, visibility: update.visibility, body: update.body, authorId: personId(update.by), createdAt: at(update.at),
      }));
      for (const update of updates) {
        events.push({ kind: "UPDATE_POSTED", actorId: update.authorId, occurredAt: update.createdAt, createdAt: update.createdAt, body: update.body, metadata: { updateId: update.id, status: update.status, visibility: update.visibility } });
      }
      const tasks = story.tasks.map((task) => ({
        id: randomUUID(), workspaceId, title: task.title, ownerId: personId(task.owner), createdById: commanderId, fromReview: task.fromReview ?? false,
        createdAt: at(task.addedAt), updatedAt: at(task.doneAt ?? task.addedAt),
        dueAt: task.dueAfter === undefined ? null : at(task.addedAt + task.dueAfter),
        completedAt: task.doneAt === undefined ? null : at(task.doneAt),
        completedById: task.doneAt === undefined ? null : personId(task.owner),
      }));
      for (const task of tasks) {
        events.push({ kind: "TASK_ADDED", actorId: commanderId, occurredAt: task.createdAt, createdAt: task.createdAt, metadata: { taskId: task.id, title: task.title, ownerId: task.ownerId, fromReview: task.fromReview } });
        if (task.completedAt) events.push({ kind: "TASK_COMPLETED", actorId: task.completedById, occurredAt: task.completedAt, createdAt: task.completedAt, metadata: { taskId: task.id, title: task.title } });
      }
      let closedAt: Date | null = null;
      if (story.review) {
        const written = at(story.review.writtenAt);
        closedAt = at(story.review.writtenAt + CLOSE_AFTER_REVIEW_MINUTES);
        events.push({ kind: "REVIEW_WRITTEN", actorId: directory.manager.id, occurredAt: written, createdAt: written });
        events.push({ kind: "STATUS_CHANGED", actorId: directory.manager.id, occurredAt: closedAt, createdAt: closedAt, metadata: { from: status, to: "CLOSED" } });
        status = "CLOSED";
      }

      const incident = await tx.incident.create({
        data: {
          workspaceId, number, title: story.title, summary: story.summary, severity: story.severity, status, declaredAt, ...stamps, closedAt,
          commanderId, communicationsLeadId, declaredById: commanderId,
          version: events.filter((event) => event.kind === "STATUS_CHANGED" || event.kind === "ROLE_ASSIGNED").length + 1,
          createdAt: declaredAt, updatedAt: closedAt ?? stamps.resolvedAt ?? declaredAt,
        },
        select: { id: true },
      });
      const incidentId = incident.id;
      await tx.incidentTicket.createMany({ data: tickets.map((ticket) => ({ workspaceId, incidentId, ticketId: ticket.id, linkedById: commanderId, createdAt: declaredAt })) });
      await tx.incidentStatusUpdate.createMany({ data: updates.map((update) => ({ ...update, incidentId })) });
      await tx.incidentTask.createMany({ data: tasks.map((task) => ({ ...task, incidentId })) });
      if (story.review) {
        const { writtenAt, ...text } = story.review;
        await tx.incidentReview.create({ data: { incidentId, workspaceId, ...text, writtenById: directory.manager.id, createdAt: at(writtenAt), updatedAt: at(writtenAt) } });
      }
      // In the order things happened, so the timeline's sequence follows it too.
      events.sort((a, b) => new Date(a.occurredAt).getTime() - new Date(b.occurredAt).getTime());
      await tx.incidentEvent.createMany({ data: events.map((event) => ({ ...event, workspaceId, incidentId })) });
    });
  }
  return ordered.length;
}
