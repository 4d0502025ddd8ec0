import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { emailsTo, setPreferences } from "@/lib/notifications/test-support";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";
import { createStaff, declareTestIncident } from "@/lib/test/incident-factories";
import { TASK_OWNER_NOT_AVAILABLE_MESSAGE, addIncidentTask, editIncidentTask, setIncidentTaskDone } from "./mutations";
import { listIncidentTasks } from "./queries";

async function incidentWithColleague() {
  const { actor } = await createStaff();
  const { actor: colleague } = await createStaff({ workspaceId: actor.workspaceId });
  const incident = await declareTestIncident(actor);
  return { actor, colleague, incident };
}

const task = (incidentNumber: number, overrides: { title?: string; ownerId?: string | null; dueAt?: Date | null; fromReview?: boolean } = {}) => ({
  incidentNumber, title: "Fail over the mail relay", ownerId: null, dueAt: null, fromReview: false, ...overrides,
});
const timelineOf = async (incidentId: string) =>
  (await db.incidentEvent.findMany({ where: { incidentId, kind: { not: "DECLARED" } }, orderBy: { sequence: "asc" } })).map((event) => event.kind);

describe("adding a task to an incident", () => {
  it("records it with its owner and due time, on the timeline and in the audit log, and emails the owner", async () => {
    const { actor, colleague, incident } = await incidentWithColleague();
    const dueAt = new Date(Date.now() + 3_600_000);
    const { id } = await addIncidentTask(actor, task(incident.number, { ownerId: colleague.userId, dueAt }));
    expect(await db.incidentTask.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "Fail over the mail relay", ownerId: colleague.userId, dueAt, completedAt: null, createdById: actor.userId, fromReview: false, version: 1,
    });
    expect(await timelineOf(incident.id)).toEqual(["TASK_ADDED"]);
    expect(await db.auditLog.count({ where: { action: "incident.task_added", targetId: incident.id } })).toBe(1);
    const [email] = await emailsTo(colleague.email, "incident-task-assigned");
    expect(email?.subject).toBe(`Task for you on INC-${incident.number}: Fail over the mail relay`);
    expect(email?.text).toContain(`${actor.name} gave you a task`);
  });

  it("emails nobody when the actor takes the task, the owner turned assignment emails off, or there is no owner", async () => {
    const { actor, colleague, incident } = await incidentWithColleague();
    await addIncidentTask(actor, task(incident.number, { ownerId: actor.userId }));
    await addIncidentTask(actor, task(incident.number));
    await setPreferences(colleague, { notifyAssignments: false });
    await addIncidentTask(actor, task(incident.number, { ownerId: colleague.userId }));
    expect(await emailsTo(actor.email, "incident-task-assigned")).toEqual([]);
    expect(await emailsTo(colleague.email, "incident-task-assigned")).toEqual([]);
    expect(await db.incidentTask.count({ where: { incidentId: incident.id } })).toBe(3);
  });

  it("refuses an owner who is a client or staff of another workspace", async () => {
    const { actor, incident } = await incidentWithColleague();
    const { user: client } = await createUser({ workspaceId: actor.workspaceId });
    const { user: outsider } = await createStaff();
    for (const ownerId of [client.id, outsider.id]) {
      await expect(addIncidentTask(actor, task(incident.number, { ownerId }))).rejects.toThrow(TASK_OWNER_NOT_AVAILABLE_MESSAGE);
    }
    expect(await db.incidentTask.count({ where: { incidentId: incident.id } })).toBe(0);
  });
});

describe("changing a task", () => {
  it("completes and reopens it with timeline entries, refusing a stale version", async () => {
    const { actor, colleague, incident } = await incidentWithColleague();
    const { id } = await addIncidentTask(actor, task(incident.number));
    const ref = { incidentNumber: incident.number, taskId: id };
    expect(await setIncidentTaskDone(colleague, { ...ref, version: 1, done: true })).toEqual({ id, version: 2 });
    expect(await db.incidentTask.findUniqueOrThrow({ where: { id } })).toMatchObject({ completedAt: expect.any(Date), completedById: colleague.userId });
    await expect(setIncidentTaskDone(actor, { ...ref, version: 1, done: false })).rejects.toThrow(ConflictError);
    expect(await setIncidentTaskDone(actor, { ...ref, version: 2, done: true })).toEqual({ id, version: 2 });
    expect(await setIncidentTaskDone(actor, { ...ref, version: 2, done: false })).toEqual({ id, version: 3 });
    expect(await db.incidentTask.findUniqueOrThrow({ where: { id } })).toMatchObject({ completedAt: null, completedById: null });
    expect(await timelineOf(incident.id)).toEqual(["TASK_ADDED", "TASK_COMPLETED", "TASK_REOPENED"]);
    expect(await db.auditLog.count({ where: { action: { in: ["incident.task_completed", "incident.task_reopened"] }, targetId: incident.id } })).toBe(2);
  });

  it("edits its title, owner and due time, emailing a new owner, and refuses a stale version", async () => {
    const { actor, colleague, incident } = await incidentWithColleague();
    const { id } = await addIncidentTask(actor, task(incident.number));
    const dueAt = new Date(Date.now() + 60_000);
    const edit = { incidentNumber: incident.number, taskId: id, title: "Page the mail vendor", ownerId: colleague.userId, dueAt };
    expect(await editIncidentTask(actor, { ...edit, version: 1 })).toEqual({ id, version: 2 });
    expect(await db.incidentTask.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Page the mail vendor", ownerId: colleague.userId, dueAt });
    expect(await emailsTo(colleague.email, "incident-task-assigned")).toHaveLength(1);
    expect(await editIncidentTask(actor, { ...edit, version: 2 })).toEqual({ id, version: 2 });
    await expect(editIncidentTask(actor, { ...edit, title: "Other", version: 1 })).rejects.toThrow(ConflictError);
    expect(await db.auditLog.count({ where: { action: "incident.task_edited", targetId: incident.id } })).toBe(1);
  });

  it("finds no task of another incident under this incident's number", async () => {
    const { actor, incident } = await incidentWithColleague();
    const other = await declareTestIncident(actor, { title: "Other outage" });
    const { id } = await addIncidentTask(actor, task(other.number));
    await expect(setIncidentTaskDone(actor, { incidentNumber: incident.number, taskId: id, version: 1, done: true })).rejects.toThrow(NotFoundError);
  });
});

describe("listing an incident's tasks", () => {
  it("flags the open tasks past their due time as overdue, and neither done nor undated ones", async () => {
    const { actor, colleague, incident } = await incidentWithColleague();
    const past = new Date(Date.now() - 60_000);
    const late = await addIncidentTask(actor, task(incident.number, { title: "Late", ownerId: colleague.userId, dueAt: past }));
    const done = await addIncidentTask(actor, task(incident.number, { title: "Done", dueAt: past }));
    await setIncidentTaskDone(actor, { incidentNumber: incident.number, taskId: done.id, version: 1, done: true });
    await addIncidentTask(actor, task(incident.number, { title: "Later", dueAt: new Date(Date.now() + 60_000) }));
    await addIncidentTask(actor, task(incident.number, { title: "Whenever", fromReview: true }));
    const tasks = await listIncidentTasks(actor, incident.number);
    expect(tasks.map((item) => [item.title, item.isOverdue])).toEqual([["Late", true], ["Done", false], ["Later", false], ["Whenever", false]]);
    expect(tasks[0]).toMatchObject({ id: late.id, owner: { id: colleague.userId, name: colleague.name } });
    expect(tasks[1]?.completedBy).toEqual({ id: actor.userId, name: actor.name });
    expect(tasks[3]?.fromReview).toBe(true);
  });
});

describe("who may work on tasks", () => {
  it("answers clients and other workspaces' staff with not found, and changes nothing", async () => {
    const { actor } = await incidentWithColleague();
    // Number 2: the outsider's workspace has an incident too, but none with this number.
    const incident = await declareTestIncident(actor, { title: "Second outage" });
    const { id } = await addIncidentTask(actor, task(incident.number));
    const { actor: client } = await createUser({ workspaceId: actor.workspaceId });
    const { actor: outsider } = await createStaff();
    await declareTestIncident(outsider);
    const attempts = (someone: Actor) => [
      () => addIncidentTask(someone, task(incident.number)),
      () => editIncidentTask(someone, { incidentNumber: incident.number, taskId: id, version: 1, title: "Mine", ownerId: null, dueAt: null }),
      () => setIncidentTaskDone(someone, { incidentNumber: incident.number, taskId: id, version: 1, done: true }),
      () => listIncidentTasks(someone, incident.number),
    ];
    for (const someone of [client, outsider]) {
      for (const attempt of attempts(someone)) await expect(attempt()).rejects.toThrow(NotFoundError);
    }
    expect(await db.incidentTask.findMany({ where: { incidentId: incident.id } })).toEqual([expect.objectContaining({ title: "Fail over the mail relay", version: 1 })]);
  });
});

it("refuses a task beyond the cap", async () => {
  const { actor, incident } = await incidentWithColleague();
  await db.incidentTask.createMany({
    data: Array.from({ length: 200 }, (_, index) => ({ workspaceId: actor.workspaceId, incidentId: incident.id, title: `Task ${index}`, createdById: actor.userId })),
  });
  await expect(addIncidentTask(actor, task(incident.number))).rejects.toThrow(ValidationError);
});
