import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";

/** A verified admin of a new workspace who is also an instance operator. */
export async function createInstanceOperator() {
  const created = await createUser({ role: "ADMIN" });
  await db.user.update({ where: { id: created.user.id }, data: { isInstanceOperator: true } });
  return created;
}

/** Puts the instance settings as a test needs them (as the superuser: the policy is not under test here). */
export async function setInstanceSettings(data: Prisma.InstanceSettingsUpdateInput) {
  await db.instanceSettings.update({ where: { id: true }, data });
}

/** The settings a fresh database starts with: operators create workspaces, registration lands nowhere. */
export const resetInstanceSettings = () => setInstanceSettings({ workspaceCreation: "INSTANCE_OPERATORS", registrationWorkspace: { disconnect: true } });
