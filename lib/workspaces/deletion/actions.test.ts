import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { leaveWorkspaceAction } from "@/lib/members/actions";
import { LAST_ADMIN_LEAVING_MESSAGE } from "@/lib/members/schemas";
import { db } from "@/lib/test/db";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { deleteWorkspaceAction } from "./actions";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({ ...(await importOriginal<object>()), getActor: async () => session.actor }));
vi.mock("@/lib/request-context", () => ({ getRequestContext: async () => ({ ip: "192.0.2.8", userAgent: "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// Work scheduled with after() runs once the answer is out; here the test runs it when it wants.
const afterAnswer = vi.hoisted(() => ({ pending: [] as (() => Promise<unknown>)[] }));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (work: () => Promise<unknown>) => void afterAnswer.pending.push(work),
}));

/** An admin of a new workspace who also belongs to `other`, joined later. */
async function adminAlsoIn(other: { id: string }) {
  const workspace = await createWorkspace();
  const { user, actor } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
  await db.membership.create({ data: { userId: user.id, workspaceId: other.id, role: "AGENT", createdAt: new Date(Date.now() + 1000) } });
  return { workspace, actor };
}

describe("the leave and delete actions", () => {
  it("deletes the workspace, starts removing it after answering, and sends the admin to their other workspace", async () => {
    const other = await createWorkspace();
    const { workspace, actor } = await adminAlsoIn(other);
    session.actor = actor;

    const wrong = await deleteWorkspaceAction({ confirmation: workspace.name });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { confirmation: [`Type ${workspace.slug} exactly to confirm.`] } });
    expect(await deleteWorkspaceAction({ confirmation: ` ${workspace.slug}` })).toEqual({ ok: true, data: { next: `/w/${other.slug}/tickets` } });

    for (const work of afterAnswer.pending.splice(0)) await work();
    expect(await db.workspace.findUnique({ where: { id: workspace.id } })).toBeNull();
    expect(await db.membership.count({ where: { userId: actor.userId } })).toBe(1);
  });

  it("leaves with a clear message for the last admin, and sends a leaver to their other workspace", async () => {
    const other = await createWorkspace();
    const { workspace, actor: admin } = await adminAlsoIn(other);
    session.actor = admin;
    expect(await leaveWorkspaceAction({})).toEqual({ ok: false, error: LAST_ADMIN_LEAVING_MESSAGE });

    const { user, actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    await db.membership.create({ data: { userId: user.id, workspaceId: other.id, role: "CLIENT", createdAt: new Date(Date.now() + 1000) } });
    session.actor = agent;
    expect(await leaveWorkspaceAction({})).toEqual({ ok: true, data: { next: `/w/${other.slug}/tickets` } });
  });
});
