import { describe, expect, it } from "vitest";
import { getIncident } from "@/lib/incidents/queries";
import { db } from "@/lib/test/db";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import type { Directory } from "./directory";
import { MAIN_INCIDENT_STORIES } from "./incident-stories";
import { seedIncidents } from "./incidents";

const NOW = Date.UTC(2026, 11, 6, 20, 0, 0);

async function demoWorkspace() {
  const workspace = await createWorkspace();
  const workspaceId = workspace.id;
  const { actor: manager } = await createUser({ role: "MANAGER", workspaceId });
  const agents = await Promise.all([0, 1, 2].map(() => createUser({ role: "AGENT", workspaceId })));
  const { actor: client } = await createUser({ workspaceId });
  // A report an hour before each past incident's declaration (days before NOW, at the hour UTC).
  for (const story of MAIN_INCIDENT_STORIES.filter((candidate) => candidate.minutesAgo === undefined)) {
    const declaredAt = Date.UTC(2026, 11, 6 - story.daysAgo, story.hour);
    await createTicket({ workspaceId, requesterId: client.userId, createdAt: new Date(declaredAt - 3_600_000) });
  }
  const directory: Directory = {
    workspaceId,
    categoryIds: [],
    manager: { id: manager.userId, name: manager.name },
    agents: agents.map(({ actor }) => ({ id: actor.userId, name: actor.name })),
    clients: [{ id: client.userId, name: client.name }],
  };
  return { directory, manager };
}

describe("demo incidents", () => {
  it("adds the incidents with their timelines, tasks, updates and reviews, once", async () => {
    const { directory, manager } = await demoWorkspace();
    expect(await seedIncidents(db, directory, MAIN_INCIDENT_STORIES, NOW)).toBe(MAIN_INCIDENT_STORIES.length);
    expect(await seedIncidents(db, directory, MAIN_INCIDENT_STORIES, NOW)).toBe(0);

    const incidents = await db.incident.findMany({ where: { workspaceId: directory.workspaceId }, orderBy: { number: "asc" }, include: { review: true, tasks: true, statusUpdates: true, tickets: true } });
    expect(incidents).toHaveLength(MAIN_INCIDENT_STORIES.length);
    expect(incidents.map((incident) => incident.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await db.workspace.findUniqueOrThrow({ where: { id: directory.workspaceId } })).incidentNumber).toBe(6);
    // Every closed one has a review; exactly one is still open; all within the last 90 days.
    expect(incidents.filter((incident) => incident.status === "CLOSED").every((incident) => incident.review !== null)).toBe(true);
    expect(incidents.filter((incident) => !["RESOLVED", "CLOSED"].includes(incident.status))).toHaveLength(1);
    expect(incidents.every((incident) => incident.declaredAt.getTime() > NOW - 90 * 86_400_000 && incident.declaredAt.getTime() < NOW)).toBe(true);
    expect(incidents.flatMap((incident) => incident.tasks).some((task) => task.completedAt === null)).toBe(true);
    expect(incidents.flatMap((incident) => incident.tasks).some((task) => task.completedAt !== null)).toBe(true);
    expect(new Set(incidents.flatMap((incident) => incident.statusUpdates.map((update) => update.visibility)))).toEqual(new Set(["INTERNAL", "PUBLIC"]));
    expect(incidents.reduce((sum, incident) => sum + incident.tickets.length, 0)).toBeGreaterThanOrEqual(5);
    expect(incidents.every((incident) => incident.acknowledgedAt !== null && incident.acknowledgedAt > incident.declaredAt)).toBe(true);

    // As the app shows it: the first incident's timeline in order, a backdated note first.
    const first = await getIncident(manager, 1);
    const occurred = first.timeline.map((event) => event.occurredAt.getTime());
    expect(occurred).toEqual([...occurred].sort((a, b) => a - b));
    expect(first.timeline[0]).toMatchObject({ kind: "NOTE" });
    expect(first.timeline.map((event) => event.kind)).toEqual(expect.arrayContaining(["DECLARED", "TICKET_LINKED", "STATUS_CHANGED", "UPDATE_POSTED", "TASK_ADDED", "TASK_COMPLETED", "REVIEW_WRITTEN"]));
  });
});
