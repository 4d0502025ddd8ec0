import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { callApi, personalToken, serviceToken } from "./test-client";

/** A person who is an agent in one workspace and an admin in a second, and a stranger's workspace. */
async function twoWorkspaces() {
  const first = await createWorkspace({ name: "Acme IT" });
  const second = await createWorkspace({ name: "Acme HR" });
  const stranger = await createWorkspace({ name: "Globex" });
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: first.id });
  await db.membership.create({ data: { userId: agent.userId, workspaceId: second.id, role: "ADMIN" } });
  await createUser({ role: "ADMIN", workspaceId: stranger.id });
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: first.id });
  return { first, second, agent, admin };
}

describe("GET /me", () => {
  it("names the key's workspace and the role its owner holds there", async () => {
    const { first, agent } = await twoWorkspaces();
    const token = await personalToken(agent, ["tickets:read"]);
    const me = await callApi("GET", "/me", { token });
    expect(me).toMatchObject({
      status: 200,
      body: {
        user: { id: agent.userId },
        workspaceId: first.id,
        workspace: { id: first.id, name: "Acme IT", slug: first.slug },
        role: "AGENT",
        key: { kind: "PERSONAL", scopes: ["tickets:read"] },
      },
    });
  });
});

describe("GET /workspaces", () => {
  it("lists a personal token owner's memberships with the role in each, and nothing of others' workspaces", async () => {
    const { first, second, agent } = await twoWorkspaces();
    const token = await personalToken(agent, ["tickets:read"]);
    const listed = await callApi("GET", "/workspaces", { token });
    expect(listed).toMatchObject({
      status: 200,
      body: {
        data: [
          { id: first.id, name: "Acme IT", slug: first.slug, role: "AGENT" },
          { id: second.id, name: "Acme HR", slug: second.slug, role: "ADMIN" },
        ],
      },
    });
    // The token still acts in its own workspace only, as an agent.
    expect(await callApi("GET", "/me", { token })).toMatchObject({ body: { workspace: { id: first.id }, role: "AGENT" } });
  });

  it("shows a service key its own workspace only", async () => {
    const { first, admin } = await twoWorkspaces();
    const token = await serviceToken(admin, ["tickets:read"]);
    expect(await callApi("GET", "/workspaces", { token })).toMatchObject({
      status: 200,
      body: { data: [{ id: first.id, name: "Acme IT", slug: first.slug, role: "AGENT" }] },
    });
  });

  it("answers 401 without a valid key", async () => {
    expect((await callApi("GET", "/workspaces", { token: null })).status).toBe(401);
  });
});
