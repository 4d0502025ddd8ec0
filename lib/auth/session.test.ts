import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { enableTwoFactorFor } from "@/lib/two-factor/test-factories";
import { endSession } from "./ended-sessions";
import { loadActor } from "./session";
import { SESSION_ABSOLUTE_SECONDS } from "./session-lifetime";

const now = () => Math.floor(Date.now() / 1000);

describe("loadActor", () => {
  it("returns the actor with the role of their membership", async () => {
    const { user, actor } = await createUser({ role: "MANAGER" });
    expect(await loadActor({ userId: user.id, workspaceId: actor.workspaceId, sessionVersion: 0, signedInAt: now() })).toEqual(actor);
  });

  it("acts in the workspace the URL names, with the role held there, and nowhere the user is no member", async () => {
    const { user, actor } = await createUser({ role: "CLIENT" });
    const second = await createWorkspace();
    const stranger = await createWorkspace();
    await db.membership.create({ data: { userId: user.id, workspaceId: second.id, role: "AGENT" } });
    const claims = { userId: user.id, workspaceId: actor.workspaceId, sessionVersion: 0, signedInAt: now() };
    expect(await loadActor(claims, second.slug)).toMatchObject({ workspaceId: second.id, workspaceSlug: second.slug, role: "AGENT" });
    expect(await loadActor(claims, actor.workspaceSlug)).toEqual(actor);
    expect(await loadActor(claims, stranger.slug)).toBeNull();
    expect(await loadActor(claims, "no-such-workspace")).toBeNull();
  });

  it("finds no workspace, rather than failing, under a slug no workspace could have", async () => {
    const { user, actor } = await createUser();
    const claims = { userId: user.id, workspaceId: actor.workspaceId, sessionVersion: 0, signedInAt: now() };
    for (const hostile of ["\u0000", "a\u0000b", "x".repeat(10_000), "\uD800", "ws slug", "../default"]) {
      expect(await loadActor(claims, hostile), JSON.stringify(hostile)).toBeNull();
    }
  });

  it("falls back to the first remaining workspace once the signed-in one is left", async () => {
    const { user, actor } = await createUser({ role: "CLIENT" });
    const second = await createWorkspace();
    await db.membership.create({ data: { userId: user.id, workspaceId: second.id, role: "AGENT" } });
    const claims = { userId: user.id, workspaceId: actor.workspaceId, sessionVersion: 0, signedInAt: now() };
    await db.membership.delete({ where: { userId_workspaceId: { userId: user.id, workspaceId: actor.workspaceId } } });
    expect(await loadActor(claims)).toMatchObject({ workspaceId: second.id, role: "AGENT" });
  });

  it("returns null without claims", async () => {
    expect(await loadActor({})).toBeNull();
  });

  it("ends the session of a disabled account", async () => {
    const { user, actor } = await createUser();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await loadActor({ userId: user.id, workspaceId: actor.workspaceId, sessionVersion: 0, signedInAt: now() })).toBeNull();
  });

  it("ends sessions issued before the session version was bumped", async () => {
    const { user, actor } = await createUser();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadActor({ userId: user.id, workspaceId: actor.workspaceId, sessionVersion: 0, signedInAt: now() })).toBeNull();
    expect(await loadActor({ userId: user.id, workspaceId: actor.workspaceId, sessionVersion: 1, signedInAt: now() })).not.toBeNull();
  });

  it("ends the session when the membership is gone, and picks up a role change at once", async () => {
    const { user, actor } = await createUser({ role: "CLIENT" });
    const claims = { userId: user.id, workspaceId: actor.workspaceId, sessionVersion: 0, signedInAt: now() };
    await db.membership.updateMany({ where: { userId: user.id }, data: { role: "AGENT" } });
    expect((await loadActor(claims))?.role).toBe("AGENT");
    await db.membership.deleteMany({ where: { userId: user.id } });
    expect(await loadActor(claims)).toBeNull();
  });

  it("flags staff who must enrol in two-factor when their workspace requires it, and no one else", async () => {
    const { user: agent, actor } = await createUser({ role: "AGENT" });
    const { user: client } = await createUser({ role: "CLIENT", workspaceId: actor.workspaceId });
    await db.workspace.update({ where: { id: actor.workspaceId }, data: { requireStaffTwoFactor: true } });
    const claimsOf = (userId: string) => ({ userId, workspaceId: actor.workspaceId, sessionVersion: 0, signedInAt: now() });

    expect((await loadActor(claimsOf(agent.id)))?.twoFactorEnrolmentRequired).toBe(true);
    expect((await loadActor(claimsOf(client.id)))?.twoFactorEnrolmentRequired).toBe(false);
    await enableTwoFactorFor(agent.id);
    expect((await loadActor(claimsOf(agent.id)))?.twoFactorEnrolmentRequired).toBe(false);
  });

  it("does not flag staff without two-factor when the workspace does not require it", async () => {
    const { user, actor } = await createUser({ role: "ADMIN" });
    const claims = { userId: user.id, workspaceId: actor.workspaceId, sessionVersion: 0, signedInAt: now() };
    expect((await loadActor(claims))?.twoFactorEnrolmentRequired).toBe(false);
  });

  it("ends a session older than the absolute lifetime, however active", async () => {
    const { user, actor } = await createUser();
    const claims = { userId: user.id, workspaceId: actor.workspaceId, sessionVersion: 0 };
    expect(await loadActor({ ...claims, signedInAt: now() - SESSION_ABSOLUTE_SECONDS + 60 })).not.toBeNull();
    expect(await loadActor({ ...claims, signedInAt: now() - SESSION_ABSOLUTE_SECONDS - 60 })).toBeNull();
    expect(await loadActor(claims)).toBeNull();
  });

  it("keeps a signed-out session dead, even with a cookie a late response brought back, and only that one", async () => {
    const { user, actor } = await createUser();
    const signedIn = { userId: user.id, workspaceId: actor.workspaceId, sessionVersion: 0, signedInAt: now() };
    const thisBrowser = { ...signedIn, sessionId: randomUUID() };
    const otherBrowser = { ...signedIn, sessionId: randomUUID() };
    await endSession({ sessionId: thisBrowser.sessionId, userId: user.id, signedInAt: thisBrowser.signedInAt });
    await endSession({ sessionId: thisBrowser.sessionId, userId: user.id, signedInAt: thisBrowser.signedInAt });

    expect(await loadActor(thisBrowser)).toBeNull();
    expect(await loadActor(otherBrowser)).toEqual(actor);
  });

  it("forgets ended sessions once they are past their absolute lifetime", async () => {
    const { user } = await createUser();
    const longAgo = now() - SESSION_ABSOLUTE_SECONDS - 60;
    const stale = randomUUID();
    await endSession({ sessionId: stale, userId: user.id, signedInAt: longAgo });
    await endSession({ sessionId: randomUUID(), userId: user.id, signedInAt: now() });
    expect(await db.endedSession.findUnique({ where: { sessionId: stale } })).toBeNull();
    expect(await db.endedSession.count({ where: { userId: user.id } })).toBe(1);
  });
});
