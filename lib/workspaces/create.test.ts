import { beforeEach, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { WORKSPACE_CREATION_PER_USER_LIMIT } from "@/lib/security/rate-limit-policies";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";
import { createInstanceOperator, resetInstanceSettings, setInstanceSettings } from "@/lib/test/instance-factories";
import { APP_ROLE } from "@/scripts/lib/database-roles";
import { createWorkspace } from "./create";
import { type CreateWorkspaceInput, createWorkspaceSchema, SLUG_TAKEN_MESSAGE } from "./schemas";

const context = { ip: "203.0.113.21", userAgent: "vitest" };
let sequence = 0;
const input = (overrides: Partial<CreateWorkspaceInput> = {}): CreateWorkspaceInput =>
  createWorkspaceSchema.parse({ name: "Security desk", slug: `security-${++sequence}-${Date.now()}`, reportTimeZone: "Europe/Berlin", ...overrides });

beforeEach(resetInstanceSettings);

describe("createWorkspace", () => {
  it("creates the workspace, as the app's role under row-level security, with its creator as admin and both audit entries", async () => {
    expect(decodeURIComponent(new URL(process.env.DATABASE_URL!).username)).toBe(APP_ROLE);
    const { actor } = await createInstanceOperator();
    const values = input({ reportTimeZone: "america/new_york" });

    const created = await createWorkspace(actor, values, context);

    expect(created).toEqual({ id: expect.any(String), name: "Security desk", slug: values.slug });
    expect(await db.workspace.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ reportTimeZone: "America/New_York", registrationMode: "OPEN" });
    expect(await db.membership.findMany({ where: { workspaceId: created.id }, select: { userId: true, role: true } })).toEqual([
      { userId: actor.userId, role: "ADMIN" },
    ]);
    const entries = await db.auditLog.findMany({ where: { action: "workspace.created", targetId: created.id }, orderBy: { workspaceId: "asc" } });
    const expected = { actorId: actor.userId, targetType: "workspace", ip: context.ip, metadata: { name: "Security desk", slug: values.slug, reportTimeZone: "America/New_York" } };
    expect(entries).toEqual([
      expect.objectContaining({ ...expected, workspaceId: created.id }),
      expect.objectContaining({ ...expected, workspaceId: null }),
    ]);
  });

  it.each(["CLIENT", "AGENT", "MANAGER", "ADMIN"] as const)(
    "does not exist for a %s who is not an operator while only operators may create",
    async (role) => {
      const { actor } = await createUser({ role });
      const values = input();
      await expect(createWorkspace(actor, values)).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.workspace.count({ where: { slug: values.slug } })).toBe(0);
    },
  );

  it("lets any verified member create one while the setting allows any verified user, and no one unverified", async () => {
    await setInstanceSettings({ workspaceCreation: "VERIFIED_USERS" });
    const { actor: client } = await createUser({ role: "CLIENT" });
    const created = await createWorkspace(client, input());
    expect(await db.membership.findUnique({ where: { userId_workspaceId: { userId: client.userId, workspaceId: created.id } } })).toMatchObject({ role: "ADMIN" });

    const { actor: unverified } = await createUser({ role: "AGENT" });
    await db.user.update({ where: { id: unverified.userId }, data: { emailVerifiedAt: null } });
    await expect(createWorkspace(unverified, input())).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers a taken slug under the slug field, whoever holds it", async () => {
    const { actor } = await createInstanceOperator();
    const values = input();
    await createWorkspace(actor, values);
    const attempt = createWorkspace(actor, { ...values, name: "Another desk" });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { slug: [SLUG_TAKEN_MESSAGE] } });
    await expect(createWorkspace(actor, { ...values, slug: actor.workspaceSlug })).rejects.toMatchObject({ fieldErrors: { slug: [SLUG_TAKEN_MESSAGE] } });
    expect(await db.workspace.count({ where: { name: "Another desk" } })).toBe(0);
  });

  it("creates one workspace when two requests race for the same slug, and tells the other its slug is taken", async () => {
    const [{ actor: first }, { actor: second }] = await Promise.all([createInstanceOperator(), createInstanceOperator()]);
    const values = input();
    const results = await Promise.allSettled([createWorkspace(first, values), createWorkspace(second, values)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((result) => result.status === "rejected");
    expect(refused?.reason).toBeInstanceOf(ConflictError);
    expect(refused?.reason).toMatchObject({ fieldErrors: { slug: [SLUG_TAKEN_MESSAGE] } });
    expect(await db.workspace.count({ where: { slug: values.slug } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "workspace.created", metadata: { path: ["slug"], equals: values.slug } } })).toBe(2);
  });

  it("limits each person to a few new workspaces a day, counting only those created", async () => {
    const { actor } = await createInstanceOperator();
    const taken = input();
    await createWorkspace(actor, taken);
    await expect(createWorkspace(actor, taken)).rejects.toBeInstanceOf(ConflictError);
    for (let count = 1; count < WORKSPACE_CREATION_PER_USER_LIMIT.limit; count++) await createWorkspace(actor, input());

    const refused = input();
    await expect(createWorkspace(actor, refused)).rejects.toBeInstanceOf(RateLimitedError);
    expect(await db.workspace.count({ where: { slug: refused.slug } })).toBe(0);
    expect(await db.membership.count({ where: { userId: actor.userId, role: "ADMIN" } })).toBe(WORKSPACE_CREATION_PER_USER_LIMIT.limit + 1);
  });
});
