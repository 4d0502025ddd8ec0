import { describe, expect, it } from "vitest";
import { callApi, serviceToken } from "@/lib/api/v1/test-client";
import { loadActor } from "@/lib/auth/session";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { workspaceScopes } from "@/lib/jobs/workspace-scopes";
import { listOwnMemberships } from "@/lib/members/own-memberships";
import { verifyCredentials } from "@/lib/sign-in/credentials";
import { db } from "@/lib/test/db";
import { createUser, createWorkspace, TEST_PASSWORD } from "@/lib/test/factories";
import { requestContext } from "@/lib/test/security-factories";
import { requestWorkspaceDeletion } from "./request";
import { deleteWorkspaceSchemaFor } from "./schemas";

const sessionOf = (actor: { userId: string; workspaceId: string }) => ({
  userId: actor.userId,
  workspaceId: actor.workspaceId,
  sessionVersion: 0,
  signedInAt: Math.floor(Date.now() / 1000),
});

describe("requesting a workspace's deletion", () => {
  it("marks it, refuses its sessions and API keys at once, and logs it in the instance log", async () => {
    const workspace = await createWorkspace();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const token = await serviceToken(admin, ["tickets:read"]);
    expect((await callApi("GET", "/me", { token })).status).toBe(200);

    await requestWorkspaceDeletion(admin, { confirmation: workspace.slug }, requestContext({ ip: "203.0.113.9" }));

    const marked = await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } });
    expect(marked).toMatchObject({ deletionRequestedAt: expect.any(Date), deletionRequestedById: admin.userId });
    expect(await loadActor(sessionOf(admin))).toBeNull();
    expect(await loadActor(sessionOf(agent))).toBeNull();
    expect((await callApi("GET", "/me", { token })).status).toBe(401);
    expect((await workspaceScopes()).map((scope) => scope.workspaceId)).not.toContain(workspace.id);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "workspace.deletion_requested", targetId: workspace.id } });
    expect(entry).toMatchObject({ workspaceId: null, actorId: admin.userId, ip: "203.0.113.9", metadata: { name: workspace.name, slug: workspace.slug } });
    // The data is still there (the two people and the key's service account): it goes in the background.
    expect(await db.membership.count({ where: { workspaceId: workspace.id } })).toBe(3);
  });

  it("lets its members sign in to their other workspaces, never to the deleted one", async () => {
    const deleted = await createWorkspace();
    const other = await createWorkspace();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: deleted.id });
    const { user, actor } = await createUser({ workspaceId: deleted.id });
    await db.membership.create({ data: { userId: user.id, workspaceId: other.id, role: "AGENT" } });

    await requestWorkspaceDeletion(admin, { confirmation: deleted.slug });

    const signIn = await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, requestContext());
    expect(signIn).toMatchObject({ ok: true, user: { workspaceId: other.id } });
    expect((await listOwnMemberships(user.id)).map((membership) => membership.workspace.id)).toEqual([other.id]);
    expect(await loadActor({ ...sessionOf(actor), workspaceId: other.id })).toMatchObject({ workspaceId: other.id });
    // The admin belonged to the deleted workspace only: nowhere to sign in to now.
    expect(await verifyCredentials({ email: admin.email, password: TEST_PASSWORD }, requestContext())).toMatchObject({ ok: false });
  });

  it("requires the workspace's URL name typed exactly, as a field error", async () => {
    const workspace = await createWorkspace();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    for (const confirmation of [workspace.name, workspace.slug.toUpperCase(), `${workspace.slug}x`]) {
      const attempt = requestWorkspaceDeletion(admin, { confirmation });
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await expect(attempt).rejects.toMatchObject({ fieldErrors: { confirmation: [expect.stringContaining(workspace.slug)] } });
    }
    expect(deleteWorkspaceSchemaFor(workspace.slug).safeParse({ confirmation: "nope" }).success).toBe(false);
    expect(deleteWorkspaceSchemaFor(workspace.slug).safeParse({ confirmation: ` ${workspace.slug} ` }).success).toBe(true);
    expect((await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } })).deletionRequestedAt).toBeNull();
  });

  it("is a 404 for anyone but an admin, for a demoted admin's stale request, and when already requested", async () => {
    const workspace = await createWorkspace();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    const { actor: manager } = await createUser({ role: "MANAGER", workspaceId: workspace.id });
    const { actor: demoted } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    await db.membership.updateMany({ where: { userId: demoted.userId }, data: { role: "AGENT" } });
    await expect(requestWorkspaceDeletion(manager, { confirmation: workspace.slug })).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestWorkspaceDeletion(demoted, { confirmation: workspace.slug })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } })).deletionRequestedAt).toBeNull();

    await requestWorkspaceDeletion(admin, { confirmation: workspace.slug });
    await expect(requestWorkspaceDeletion(admin, { confirmation: workspace.slug })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditLog.count({ where: { action: "workspace.deletion_requested", targetId: workspace.id } })).toBe(1);
  });
});
