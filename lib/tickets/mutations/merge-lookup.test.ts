import { describe, expect, it } from "vitest";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { MERGE_INTO_ITSELF_MESSAGE, describeMergeTarget, mergeTicketSchema } from "../merge-schemas";
import { findMergeTarget } from "../merge-target";
import { mergeTicket } from "./merge";

async function desk() {
  const workspace = await createWorkspace();
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  const { actor: client } = await createUser({ role: "CLIENT", workspaceId: workspace.id, name: "Ann" });
  const target = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, title: "Printer offline", status: "OPEN" });
  return { workspace, agent, client, target };
}

describe("looking up a merge target", () => {
  it("describes the target as the form's preview line shows it", async () => {
    const { agent, target } = await desk();
    const found = await findMergeTarget(agent, target.number);

    expect(found).toEqual({ number: target.number, title: "Printer offline", status: "OPEN", requesterName: "Ann", mergedIntoNumber: null });
    expect(found && describeMergeTarget(found)).toBe(`#${target.number} Printer offline — Open — requested by Ann`);
  });

  it("names where a merged ticket went", async () => {
    const { workspace, agent, client, target } = await desk();
    const duplicate = await createTicket({ workspaceId: workspace.id, requesterId: client.userId });
    await mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: target.number, version: 1 });

    expect(await findMergeTarget(agent, duplicate.number)).toMatchObject({ mergedIntoNumber: target.number });
  });

  it("finds nothing for a client, even their own ticket, nor in another workspace", async () => {
    const { client, target } = await desk();
    const { actor: outsider } = await createUser({ role: "AGENT" });

    expect(await findMergeTarget(client, target.number)).toBeNull();
    expect(await findMergeTarget(outsider, target.number)).toBeNull();
  });
});

describe("the merge input", () => {
  it("refuses a ticket as its own target, under the target field", () => {
    const result = mergeTicketSchema.safeParse({ ticketNumber: 7, targetNumber: 7, version: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ path: ["targetNumber"], message: MERGE_INTO_ITSELF_MESSAGE }]);
  });

  it("asks for a ticket number when the target is missing or not a whole number", () => {
    expect(mergeTicketSchema.safeParse({ ticketNumber: 7, targetNumber: Number.NaN, version: 1 }).error?.issues[0]?.message).toBe(
      "Enter the number of the ticket to merge into.",
    );
    expect(mergeTicketSchema.safeParse({ ticketNumber: 7, targetNumber: 4.5, version: 1 }).error?.issues[0]?.message).toBe(
      "Enter a ticket number such as 45.",
    );
  });
});
