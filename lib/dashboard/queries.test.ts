import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { NotFoundError } from "@/lib/errors";
import { createTestCategory, createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { binOf } from "./histogram";
import { getDashboard } from "./queries";
import { refreshRollups } from "./rollup";

// A small desk in Berlin (UTC+1 in January), seen on 31 January 2026 at 13:00 local time, over
// the custom range 10-16 January by day; the previous range is 3-9 January.
const NOW = new Date("2026-01-31T12:00:00Z");
const RANGE = { range: "custom", from: "2026-01-10", to: "2026-01-16", granularity: "day" } as const;
const at = (iso: string) => new Date(iso);

async function desk() {
  const workspace = await createWorkspace({ reportTimeZone: "Europe/Berlin" });
  const workspaceId = workspace.id;
  const { actor: manager } = await createUser({ role: "MANAGER", workspaceId });
  const { actor: agent1 } = await createUser({ role: "AGENT", workspaceId, name: "Ada Agent" });
  const { actor: agent2 } = await createUser({ role: "AGENT", workspaceId, name: "Bo Agent" });
  const { actor: client } = await createUser({ workspaceId });
  const billing = await createTestCategory({ workspaceId, name: "Billing" });
  const access = await createTestCategory({ workspaceId, name: "Access" });
  const ticket = (fields: Parameters<typeof createTicket>[0] extends infer T ? Omit<T, "workspaceId" | "requesterId"> : never) =>
    createTicket({ workspaceId, requesterId: client.userId, ...fields });

  // T1: answered in 30 min, resolved in 2 h, both within their due times.
  await ticket({ status: "RESOLVED", priority: "HIGH", kind: "INCIDENT", categoryId: billing.id, assigneeId: agent1.userId,
    createdAt: at("2026-01-10T08:00:00Z"), firstResponseAt: at("2026-01-10T08:30:00Z"), firstResponseDueAt: at("2026-01-10T09:00:00Z"),
    resolvedAt: at("2026-01-10T10:00:00Z"), dueAt: at("2026-01-10T12:00:00Z") });
  // T2: created 00:30 on 11 January in Berlin (still the 10th in UTC), answered in 2 h, resolved
  // late at 00:30 on the 13th in Berlin after a reopen.
  await ticket({ status: "RESOLVED", priority: "MEDIUM", kind: "QUESTION", categoryId: billing.id, assigneeId: agent1.userId,
    createdAt: at("2026-01-10T23:30:00Z"), firstResponseAt: at("2026-01-11T01:30:00Z"),
    resolvedAt: at("2026-01-12T23:30:00Z"), dueAt: at("2026-01-11T23:30:00Z"), reopenCount: 1 });
  // T3: never answered; due an hour from now.
  await ticket({ status: "NEW", priority: "LOW", kind: "REQUEST", categoryId: access.id,
    createdAt: at("2026-01-12T10:00:00Z"), dueAt: at("2026-01-31T13:00:00Z") });
  // T4: answered in 10 min, in progress, overdue since yesterday.
  await ticket({ status: "IN_PROGRESS", priority: "URGENT", kind: "INCIDENT", assigneeId: agent2.userId,
    createdAt: at("2026-01-13T10:00:00Z"), firstResponseAt: at("2026-01-13T10:10:00Z"), dueAt: at("2026-01-30T10:00:00Z") });
  // T5: a duplicate closed after an hour without a resolution.
  await ticket({ status: "CLOSED", priority: "MEDIUM", kind: "QUESTION",
    createdAt: at("2026-01-14T10:00:00Z"), closedAt: at("2026-01-14T11:00:00Z") });
  // T6, in the previous range: answered in 1 h, resolved late after 4 h.
  await ticket({ status: "RESOLVED", priority: "HIGH", kind: "INCIDENT", assigneeId: agent1.userId,
    createdAt: at("2026-01-05T10:00:00Z"), firstResponseAt: at("2026-01-05T11:00:00Z"),
    resolvedAt: at("2026-01-05T14:00:00Z"), dueAt: at("2026-01-05T12:00:00Z") });
  // T7: created long before, resolved after the range: open all through it.
  await ticket({ status: "RESOLVED", priority: "LOW", kind: "QUESTION",
    createdAt: at("2025-12-01T10:00:00Z"), resolvedAt: at("2026-01-20T10:00:00Z") });
  // T8: created after the range, due within the day.
  await ticket({ status: "NEW", priority: "MEDIUM", kind: "QUESTION",
    createdAt: at("2026-01-25T10:00:00Z"), dueAt: at("2026-02-01T06:00:00Z") });

  await refreshRollups({ workspaceId, maxBatches: 100 });
  return { workspaceId, manager, agent1, agent2, client, billing, access };
}

describe("dashboard metrics", () => {
  it("counts volume per report day, in the workspace's zone", async () => {
    const { manager } = await desk();
    const { data, rangeError } = await getDashboard(manager, RANGE, NOW);
    expect(rangeError).toBeNull();
    expect(data.scope).toMatchObject({ from: "2026-01-10", to: "2026-01-16", previousFrom: "2026-01-03", previousTo: "2026-01-09", timeZone: "Europe/Berlin", today: "2026-01-31" });
    expect(data.volume.map(({ start, created, resolved }) => [start, created, resolved])).toEqual([
      ["2026-01-10", 1, 1],
      ["2026-01-11", 1, 0], // T2: the 10th in UTC, the 11th in Berlin
      ["2026-01-12", 1, 0],
      ["2026-01-13", 1, 1], // T2 resolved 00:30 Berlin time
      ["2026-01-14", 1, 0], // T5 closed without a resolution: not resolved
      ["2026-01-15", 0, 0],
      ["2026-01-16", 0, 0],
    ]);
  });

  it("walks the backlog back from today and breaks today's down", async () => {
    const { manager } = await desk();
    const { data } = await getDashboard(manager, RANGE, NOW);
    // End of the 10th: T7 only; the 11th adds T2, the 12th T3; T4 arrives as T2 leaves.
    expect(data.backlog.series.map((point) => point.backlog)).toEqual([1, 2, 3, 3, 3, 3, 3]);
    expect(data.backlog.byStatus).toEqual([
      { status: "NEW", count: 2 },
      { status: "OPEN", count: 0 },
      { status: "IN_PROGRESS", count: 1 },
      { status: "WAITING_ON_CUSTOMER", count: 0 },
    ]);
    expect(data.backlog.byPriority.find((row) => row.priority === "URGENT")).toMatchObject({ open: 1 });
    expect(data.sla.overdueNow).toBe(1);
  });

  it("estimates response and resolution percentiles from the histograms", async () => {
    const { manager } = await desk();
    const { data } = await getDashboard(manager, RANGE, NOW);
    const firstResponse = data.headlines.find((headline) => headline.key === "firstResponseP50")!;
    // Exact median of 10 min, 30 min and 2 h is 30 min: the estimate lies in 30 min's bin.
    expect(binOf(firstResponse.value!)).toBe(binOf(1_800));
    // Halfway (geometrically) through the bin from 60·√2^9 s: 60·√2^9.5 s, 27 min.
    expect(firstResponse.value!).toBeCloseTo(60 * Math.SQRT2 ** 9.5, 3);
    expect(binOf(firstResponse.previous!)).toBe(binOf(3_600));
    const byDay = new Map(data.speed.map((point) => [point.start, point]));
    expect(byDay.get("2026-01-13")).toMatchObject({ responded: 1, resolved: 1 });
    expect(binOf(byDay.get("2026-01-13")!.firstResponseP50!)).toBe(binOf(600));
    expect(binOf(byDay.get("2026-01-13")!.resolutionP50!)).toBe(binOf(2 * 86_400));
    expect(byDay.get("2026-01-15")).toMatchObject({ responded: 0, firstResponseP50: null, resolutionP90: null });
  });

  it("rates SLA breaches and reopens among the tickets resolved", async () => {
    const { manager } = await desk();
    const { data } = await getDashboard(manager, RANGE, NOW);
    const headline = (key: string) => data.headlines.find((candidate) => candidate.key === key);
    expect(headline("created")).toMatchObject({ value: 5, previous: 1 });
    expect(headline("resolved")).toMatchObject({ value: 2, previous: 1 });
    expect(headline("breachRate")).toMatchObject({ value: 0.5, previous: 1 });
    expect(headline("reopenRate")).toMatchObject({ value: 0.5, previous: 0 });
    const sla = new Map(data.sla.series.map((point) => [point.start, point]));
    expect(sla.get("2026-01-10")).toMatchObject({ resolvedWithDue: 1, resolvedLate: 0, breachRate: 0, respondedWithDue: 1, firstResponseBreachRate: 0 });
    expect(sla.get("2026-01-13")).toMatchObject({ resolvedLate: 1, breachRate: 1 });
    expect(sla.get("2026-01-14")).toMatchObject({ breachRate: null });
    expect(data.backlog.byPriority.find((row) => row.priority === "MEDIUM")).toMatchObject({ resolvedWithDue: 1, resolvedLate: 1, breachRate: 1 });
    expect(data.quality.find((point) => point.start === "2026-01-13")).toMatchObject({ resolved: 1, reopened: 1, reopenRate: 1 });
  });

  it("breaks the range down by category, kind and person", async () => {
    const { manager, agent1, agent2, billing, access } = await desk();
    const { data } = await getDashboard(manager, RANGE, NOW);
    expect(data.mix.categories.map(({ categoryId, name, created, resolved }) => ({ categoryId, name, created, resolved }))).toEqual([
      { categoryId: billing.id, name: "Billing", created: 2, resolved: 2 },
      { categoryId: null, name: "No category", created: 2, resolved: 0 },
      { categoryId: access.id, name: "Access", created: 1, resolved: 0 },
    ]);
    expect(data.mix.kinds).toEqual([
      { kind: "INCIDENT", created: 2 },
      { kind: "REQUEST", created: 1 },
      { kind: "QUESTION", created: 2 },
    ]);
    expect(data.people.map(({ assigneeId, name, open, resolved }) => ({ assigneeId, name, open, resolved }))).toEqual([
      { assigneeId: agent2.userId, name: "Bo Agent", open: 1, resolved: 0 },
      { assigneeId: agent1.userId, name: "Ada Agent", open: 0, resolved: 2 },
    ]);
    // 2 h and 2 days: the median ends 2 h's bin, at its upper bound 60·√2^14 s = 2 h 8 min.
    expect(data.people[1]!.resolutionP50).toBeCloseTo(60 * Math.SQRT2 ** 14, 3);
  });

  it("forecasts breaches and projects the backlog from the last 28 days", async () => {
    const { manager } = await desk();
    const { data } = await getDashboard(manager, RANGE, NOW);
    // 3-30 January: 7 created (T1-T6, T8); 5 left the backlog (T1, T2, T5, T6, T7).
    expect(data.forecast).toMatchObject({ breachWithin4h: 1, breachWithin24h: 2, backlogNow: 3, createdPerDay: 7 / 28, closedPerDay: 5 / 28 });
    expect(data.forecast.projection).toEqual([
      { date: "2026-01-31", backlog: 3 },
      { date: "2026-02-07", backlog: 4 },
      { date: "2026-02-14", backlog: 4 },
      { date: "2026-02-21", backlog: 5 },
      { date: "2026-02-28", backlog: 5 },
    ]);
  });

  it("narrows every figure by the filters", async () => {
    const { manager, agent1 } = await desk();
    const high = (await getDashboard(manager, { ...RANGE, priority: "HIGH" }, NOW)).data;
    expect(high.headlines.find((h) => h.key === "created")).toMatchObject({ value: 1, previous: 1 });
    expect(high.backlog.byStatus.every((row) => row.count === 0)).toBe(true);
    const unassigned = (await getDashboard(manager, { ...RANGE, assigneeId: "none" }, NOW)).data;
    expect(unassigned.volume.reduce((sum, point) => sum + point.created, 0)).toBe(2);
    expect(unassigned.people).toEqual([]);
    const mine = (await getDashboard(manager, { ...RANGE, assigneeId: agent1.userId }, NOW)).data;
    expect(mine.headlines.find((h) => h.key === "resolved")).toMatchObject({ value: 2, previous: 1 });
  });

  it("explains an empty range and a range that makes no sense", async () => {
    const { manager } = await desk();
    const empty = (await getDashboard(manager, { range: "custom", from: "2025-06-01", to: "2025-06-07" }, NOW)).data;
    expect(empty.volume.every((point) => point.created === 0 && point.resolved === 0)).toBe(true);
    expect(empty.backlog.series.every((point) => point.backlog === 0)).toBe(true);
    expect(empty.headlines.find((h) => h.key === "resolutionP50")).toMatchObject({ value: null, previous: null });
    expect(empty.speed.every((point) => point.resolutionP50 === null)).toBe(true);
    const reversed = await getDashboard(manager, { range: "custom", from: "2026-01-16", to: "2026-01-10" }, NOW);
    expect(reversed.rangeError).toMatch(/start date must not be after/);
    expect(reversed.data.scope).toMatchObject({ from: "2026-01-02", to: "2026-01-31" });
  });

  it("folds in a change made after the rollups were built, on the next read", async () => {
    const { manager, workspaceId } = await desk();
    expect((await getDashboard(manager, RANGE, NOW)).data.volume[6]!.created).toBe(0);
    const { userId } = (await createUser({ workspaceId })).actor;
    await createTicket({ workspaceId, requesterId: userId, createdAt: at("2026-01-16T12:00:00Z") });
    expect((await getDashboard(manager, RANGE, NOW)).data.volume[6]!.created).toBe(1);
  });

  it("is a 404 for agents and clients", async () => {
    const { agent1, client } = await desk();
    await expect(getDashboard(agent1, RANGE, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDashboard(client, RANGE, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("dashboard rollups", () => {
  it("rebuilds under a new report zone", async () => {
    const { manager, workspaceId } = await desk();
    await db.workspace.update({ where: { id: workspaceId }, data: { reportTimeZone: "UTC" } });
    // Every day since the first ticket is queued: too many for a page load, which says so.
    const catchingUp = (await getDashboard(manager, RANGE, NOW)).data;
    expect(catchingUp.pendingDays).toBeGreaterThan(7);
    await refreshRollups({ workspaceId, maxBatches: 100 });
    const { data } = await getDashboard(manager, RANGE, NOW);
    // In UTC, T2 was created on the 10th and resolved on the 12th.
    expect(data.volume.slice(0, 4).map((point) => [point.created, point.resolved])).toEqual([[2, 1], [0, 0], [1, 1], [1, 0]]);
  });

  it("keeps the rollups equal to a rebuild from scratch after concurrent changes", async () => {
    const { workspaceId, agent1 } = await desk();
    const tickets = await db.ticket.findMany({ where: { workspaceId }, select: { id: true } });
    // Changes and refreshes interleaved: each change commits while refreshes run.
    await Promise.all([
      ...tickets.map((ticket, i) =>
        db.ticket.update({ where: { id: ticket.id }, data: { assigneeId: i % 2 ? agent1.userId : null, priority: i % 3 ? "LOW" : "HIGH" } })),
      refreshRollups({ workspaceId }),
      refreshRollups({ workspaceId }),
    ]);
    await refreshRollups({ workspaceId, maxBatches: 100 });
    const snapshot = () => db.$queryRaw<unknown[]>`
      SELECT day, category_id, priority, kind, assignee_id, created, closed, resolved, responded, res_b14, frt_b10
        FROM ticket_daily_stats WHERE workspace_id = ${workspaceId}::uuid
       ORDER BY day, category_id, priority, kind, assignee_id`;
    const incremental = await snapshot();
    await db.$executeRaw`SELECT queue_dashboard_rebuild(${workspaceId}::uuid)`;
    await db.$executeRaw`DELETE FROM ticket_daily_stats WHERE workspace_id = ${workspaceId}::uuid`;
    await refreshRollups({ workspaceId, maxBatches: 100 });
    expect(await snapshot()).toEqual(incremental);
    expect(incremental.length).toBeGreaterThan(0);
  });
});
