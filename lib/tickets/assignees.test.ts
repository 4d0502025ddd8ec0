import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { listAssignableAgents } from "./assignees";

describe("listing assignable agents", () => {
  it("lists the workspace's active staff by name, without clients, disabled accounts or outsiders", async () => {
    const workspace = await createWorkspace();
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id, name: "Zoe Agent" });
    await createUser({ role: "ADMIN", workspaceId: workspace.id, name: "Ada Admin" });
    await createUser({ role: "MANAGER", workspaceId: workspace.id, name: "Max Manager" });
    await createUser({ role: "CLIENT", workspaceId: workspace.id, name: "Carl Client" });
    await createUser({ role: "AGENT", workspaceId: workspace.id, name: "Dora Disabled", disabled: true });
    await createUser({ role: "AGENT", name: "Otto Outsider" });

    const agents = await listAssignableAgents(agent);
    expect(agents.map((entry) => entry.name)).toEqual(["Ada Admin", "Max Manager", "Zoe Agent"]);
    expect(agents[2]).toEqual({ id: agent.userId, name: "Zoe Agent" });
  });

  it("is a 404 for clients", async () => {
    const { actor: client } = await createUser({ role: "CLIENT" });
    await expect(listAssignableAgents(client)).rejects.toBeInstanceOf(NotFoundError);
  });
});
