import { beforeEach, describe, expect, it } from "vitest";
import { transactionFor } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { db } from "@/lib/test/db";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { createInstanceOperator, resetInstanceSettings, setInstanceSettings } from "@/lib/test/instance-factories";
import { updateInstanceSettings } from "./mutations";
import { getInstanceSettingsForm, isInstanceOperator, readInstanceSettings } from "./queries";

const context = { ip: "203.0.113.9", userAgent: "vitest" };

beforeEach(resetInstanceSettings);

describe("isInstanceOperator", () => {
  it("reads the account's flag as it is now, not as it was when the session began", async () => {
    const { actor, user } = await createInstanceOperator();
    expect(await isInstanceOperator(actor)).toBe(true);
    await db.user.update({ where: { id: user.id }, data: { isInstanceOperator: false } });
    expect(await isInstanceOperator(actor)).toBe(false);
  });

  it("is false for a workspace admin who does not run the instance", async () => {
    const { actor } = await createUser({ role: "ADMIN" });
    expect(await isInstanceOperator(actor)).toBe(false);
  });
});

describe("getInstanceSettingsForm", () => {
  it("gives an operator the settings and every workspace registration may land in", async () => {
    const { actor } = await createInstanceOperator();
    const target = await createWorkspace({ name: "Help desk" });
    await setInstanceSettings({ workspaceCreation: "VERIFIED_USERS", registrationWorkspace: { connect: { id: target.id } } });
    const form = await getInstanceSettingsForm(actor);
    expect(form.settings).toEqual({ workspaceCreation: "VERIFIED_USERS", registrationWorkspaceId: target.id });
    expect(form.workspaces).toContainEqual({ id: target.id, name: "Help desk", slug: target.slug });
    expect(form.workspaces.map((workspace) => workspace.id)).toContain(actor.workspaceId);
  });

  it.each(["CLIENT", "AGENT", "MANAGER", "ADMIN"] as const)("does not exist for a %s who is not an operator", async (role) => {
    const { actor } = await createUser({ role });
    await expect(getInstanceSettingsForm(actor)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("updateInstanceSettings", () => {
  it("saves the settings with an entry in the instance log naming each change", async () => {
    const { actor } = await createInstanceOperator();
    const target = await createWorkspace();
    const input = { workspaceCreation: "VERIFIED_USERS", registrationWorkspaceId: target.id } as const;

    expect(await updateInstanceSettings(actor, input, context)).toEqual({ changed: true });

    expect(await readInstanceSettings(db)).toEqual(input);
    const entries = await db.auditLog.findMany({ where: { action: "instance.settings_changed", actorId: actor.userId } });
    expect(entries).toEqual([
      expect.objectContaining({
        workspaceId: null,
        targetType: "instance",
        ip: context.ip,
        metadata: {
          workspaceCreation: { from: "INSTANCE_OPERATORS", to: "VERIFIED_USERS" },
          registrationWorkspaceId: { from: null, to: target.id },
        },
      }),
    ]);
  });

  it("writes nothing when the settings are already so", async () => {
    const { actor } = await createInstanceOperator();
    const result = await updateInstanceSettings(actor, { workspaceCreation: "INSTANCE_OPERATORS", registrationWorkspaceId: null });
    expect(result).toEqual({ changed: false });
    expect(await db.auditLog.count({ where: { action: "instance.settings_changed", actorId: actor.userId } })).toBe(0);
  });

  it("refuses everyone but an operator as if the settings did not exist, and changes nothing", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { actor: former, user } = await createInstanceOperator();
    await db.user.update({ where: { id: user.id }, data: { isInstanceOperator: false } });
    for (const actor of [admin, former]) {
      await expect(updateInstanceSettings(actor, { workspaceCreation: "VERIFIED_USERS", registrationWorkspaceId: actor.workspaceId }))
        .rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await readInstanceSettings(db)).toEqual({ workspaceCreation: "INSTANCE_OPERATORS", registrationWorkspaceId: null });
    expect(await db.auditLog.count({ where: { action: "instance.settings_changed", actorId: { in: [admin.userId, former.userId] } } })).toBe(0);
  });

  it("answers a workspace that no longer exists under its field", async () => {
    const { actor } = await createInstanceOperator();
    const gone = await createWorkspace();
    await db.workspace.delete({ where: { id: gone.id } });
    const attempt = updateInstanceSettings(actor, { workspaceCreation: "INSTANCE_OPERATORS", registrationWorkspaceId: gone.id });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { registrationWorkspaceId: [expect.stringMatching(/no longer exists/)] } });
  });
});

describe("the instance settings in the database, as the app's role", () => {
  const tryUpdate = (userId: string) =>
    transactionFor({ userId }, (tx) => tx.instanceSettings.updateMany({ data: { workspaceCreation: "VERIFIED_USERS" } }));

  it("lets only a transaction whose user is an operator change them", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    expect((await tryUpdate(admin.userId)).count).toBe(0);
    const { actor: operator } = await createInstanceOperator();
    expect((await tryUpdate(operator.userId)).count).toBe(1);
  });

  it("lets nobody add or remove the row", async () => {
    const { actor: operator } = await createInstanceOperator();
    await expect(transactionFor({ userId: operator.userId }, (tx) => tx.instanceSettings.deleteMany())).resolves.toEqual({ count: 0 });
    await expect(transactionFor({ userId: operator.userId }, (tx) => tx.$executeRaw`INSERT INTO instance_settings (id) VALUES (false)`))
      .rejects.toThrow();
    expect(await db.instanceSettings.count()).toBe(1);
  });

  it("forgets a registration workspace that is deleted", async () => {
    const target = await createWorkspace();
    await setInstanceSettings({ registrationWorkspace: { connect: { id: target.id } } });
    await db.workspace.delete({ where: { id: target.id } });
    expect((await readInstanceSettings(db)).registrationWorkspaceId).toBeNull();
  });
});
