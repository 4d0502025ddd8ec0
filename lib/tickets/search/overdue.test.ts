import { describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/dashboard/queries";
import { dashboardParamsSchema } from "@/lib/dashboard/schemas";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { searchTickets } from "./queries";
import { countQueues } from "./queue-counts";
import { ticketFiltersSchema } from "./schemas";

const HOUR = 3_600_000;

describe("overdue", () => {
  it("means the same in the Overdue queue, its count and the dashboard, and never a ticket waiting on its customer", async () => {
    const { id: workspaceId } = await createWorkspace();
    const { actor: manager } = await createUser({ role: "MANAGER", workspaceId });
    const { actor: client } = await createUser({ workspaceId });
    const ticket = (status: "NEW" | "IN_PROGRESS" | "WAITING_ON_CUSTOMER" | "OPEN" | "RESOLVED", dueInHours: number) =>
      createTicket({ workspaceId, requesterId: client.userId, status, dueAt: new Date(Date.now() + dueInHours * HOUR) });
    const overdue = [await ticket("NEW", -2), await ticket("IN_PROGRESS", -30)];
    // A waiting ticket's clock is paused: a due time left on it (as an older seed wrote) is stale.
    await ticket("WAITING_ON_CUSTOMER", -5);
    await ticket("WAITING_ON_CUSTOMER", 1);
    await ticket("OPEN", 2);
    await ticket("RESOLVED", -10);

    const queue = await searchTickets(manager, ticketFiltersSchema.parse({ view: "overdue" }));
    expect(queue.tickets.map((listed) => listed.number).sort()).toEqual(overdue.map((filed) => filed.number).sort());
    expect(await countQueues(manager)).toMatchObject({ overdue: 2, waiting: 2 });
    const { data } = await getDashboard(manager, dashboardParamsSchema.parse({}));
    expect(data.sla.overdueNow).toBe(2);
    expect(data.forecast.breachWithin4h).toBe(1);
  });
});
