import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";
import { createInstanceOperator } from "@/lib/test/instance-factories";
import { createWorkspaceAction } from "./actions";
import { SLUG_TAKEN_MESSAGE } from "./schemas";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({ ...(await importOriginal<object>()), getActor: async () => session.actor }));
// The request's headers exist only inside Next.
vi.mock("@/lib/request-context", () => ({ getRequestContext: async () => ({ ip: "192.0.2.44", userAgent: "vitest" }) }));

const values = (slug: string) => ({ name: "Facilities", slug, reportTimeZone: "Europe/Paris" });

describe("createWorkspaceAction", () => {
  it("creates the workspace and opens its settings", async () => {
    session.actor = (await createInstanceOperator()).actor;
    const redirected = await createWorkspaceAction(values("facilities-desk")).catch((thrown: unknown) => thrown);
    expect(redirected).toMatchObject({ digest: expect.stringContaining("/w/facilities-desk/admin/settings") });
    expect(await db.workspace.count({ where: { slug: "facilities-desk" } })).toBe(1);
  });

  it("answers a taken or malformed slug under the slug field", async () => {
    session.actor = (await createInstanceOperator()).actor;
    expect(await createWorkspaceAction(values(session.actor.workspaceSlug))).toEqual({
      ok: false,
      error: SLUG_TAKEN_MESSAGE,
      fieldErrors: { slug: [SLUG_TAKEN_MESSAGE] },
    });
    expect(await createWorkspaceAction(values("-bad-"))).toMatchObject({ ok: false, fieldErrors: { slug: [expect.any(String)] } });
  });

  it("does not exist for someone the instance settings do not allow", async () => {
    session.actor = (await createUser({ role: "ADMIN" })).actor;
    expect(await createWorkspaceAction(values("not-allowed"))).toEqual({ ok: false, error: "Not found." });
    expect(await db.workspace.count({ where: { slug: "not-allowed" } })).toBe(0);
  });
});
