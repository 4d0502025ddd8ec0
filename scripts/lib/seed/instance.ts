import { enterScope } from "@/lib/database-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_USERS } from "./people";

/**
 * The demo admin of the default workspace runs the instance (the instance settings, creating
 * workspaces), and registration without an invitation lands in the default workspace unless the
 * settings already name one.
 */
export async function seedInstanceOperator(prisma: PrismaClient, defaultWorkspaceId: string): Promise<void> {
  const admin = DEMO_USERS.find((user) => user.role === "ADMIN");
  if (!admin) throw new Error("The demo people include no admin.");
  await prisma.$transaction(async (tx) => {
    const operator = await tx.user.update({ where: { email: admin.email }, data: { isInstanceOperator: true }, select: { id: true } });
    // Only an operator changes the instance settings (their row-level security policy).
    await enterScope(tx, { userId: operator.id, workspaceId: defaultWorkspaceId });
    await tx.instanceSettings.updateMany({ where: { registrationWorkspaceId: null }, data: { registrationWorkspaceId: defaultWorkspaceId } });
  });
}
