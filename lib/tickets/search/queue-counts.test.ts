import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/test/db";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { countQueues, QUEUE_COUNTS_REUSE_MS } from "./queue-counts";

async function desk() {
  const workspace = await createWorkspace();
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  const { actor: client } = await createUser({ workspaceId: workspace.id });
  const ticket = () => createTicket({ workspaceId: workspace.id, requesterId: client.userId, status: "NEW" });
  return { agent, ticket };
}

describe("queue counts between changes", () => {
  afterEach(() => vi.restoreAllMocks());

  it("shows a change to any ticket of the workspace at once", async () => {
    const { agent, ticket } = await desk();
    const first = await ticket();
    expect(await countQueues(agent)).toMatchObject({ unassigned: 1, mine: 0 });

    await db.ticket.update({ where: { id: first.id }, data: { assigneeId: agent.userId } });
    expect(await countQueues(agent)).toMatchObject({ unassigned: 0, mine: 1 });
    await ticket();
    expect(await countQueues(agent)).toMatchObject({ unassigned: 1, mine: 1, open: 2 });
  });

  it("reuses the counts while nothing changed, for a bounded time only", async () => {
    const { agent, ticket } = await desk();
    const first = await ticket();
    expect(await countQueues(agent)).toMatchObject({ overdue: 0 });

    // Time alone turns the ticket overdue: its activity time does not move.
    await db.$executeRaw`UPDATE tickets SET due_at = now() - interval '1 minute' WHERE id = ${first.id}::uuid`;
    expect(await countQueues(agent)).toMatchObject({ overdue: 0 });
    const later = Date.now() + QUEUE_COUNTS_REUSE_MS;
    vi.spyOn(Date, "now").mockReturnValue(later);
    expect(await countQueues(agent)).toMatchObject({ overdue: 1 });
  });
});
