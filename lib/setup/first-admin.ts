import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { findPasswordProblem } from "@/lib/auth/password-policy";
import { emailSchema } from "@/lib/auth/schemas";
import { enterScope } from "@/lib/database-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const DEFAULT_WORKSPACE = { name: "Triage", slug: "default" } as const;
const DEFAULT_ADMIN_EMAIL = "admin@triage.localhost";
// Any constant works: it only serialises concurrent first starts of several instances.
const BOOTSTRAP_LOCK_KEY = 7_349_112;

export type FirstAdminResult =
  | { created: false }
  | { created: true; email: string; generatedPassword: string | null };

/** 24 characters of base64url: 144 bits, printable, no ambiguity about where it ends. */
function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * On a database with no workspace, creates the default workspace and its first admin, who is the
 * instance operator and whose workspace takes registrations without an invitation, from
 * ADMIN_EMAIL / ADMIN_PASSWORD when given, otherwise with a generated password that the caller
 * prints once (only its hash is stored). Does nothing once any workspace exists, and is safe
 * when several instances start at the same time.
 */
export async function ensureFirstAdmin(
  client: PrismaClient,
  options: { email?: string; password?: string },
): Promise<FirstAdminResult> {
  if ((await client.workspace.count()) > 0) return { created: false };

  const email = emailSchema.parse(options.email ?? DEFAULT_ADMIN_EMAIL);
  const passwordProblem = options.password === undefined ? null : findPasswordProblem(options.password, email);
  if (passwordProblem) throw new Error(`ADMIN_PASSWORD is not accepted: ${passwordProblem}`);
  const generatedPassword = options.password === undefined ? generatePassword() : null;
  const passwordHash = await hashPassword(options.password ?? generatedPassword!);

  return client.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${BOOTSTRAP_LOCK_KEY})`;
    if ((await tx.workspace.count()) > 0) return { created: false } as const;

    // Row-level security lets a transaction create only the workspace it is scoped to.
    const workspace = { id: randomUUID() };
    await enterScope(tx, { workspaceId: workspace.id });
    await tx.workspace.create({ data: { ...DEFAULT_WORKSPACE, id: workspace.id } });
    const admin = await tx.user.create({
      data: {
        email,
        name: "Administrator",
        passwordHash,
        emailVerifiedAt: new Date(),
        isInstanceOperator: true,
        memberships: { create: { workspaceId: workspace.id, role: "ADMIN" } },
      },
    });
    // Registration without an invitation lands here. Only an operator changes the instance
    // settings (their row-level security policy): the admin just created is one.
    await enterScope(tx, { workspaceId: workspace.id, userId: admin.id });
    await tx.instanceSettings.update({ where: { id: true }, data: { registrationWorkspaceId: workspace.id } });
    await recordAudit(tx, {
      workspaceId: workspace.id,
      actorId: null,
      action: "workspace.bootstrapped",
      targetType: "user",
      targetId: admin.id,
      metadata: { email, passwordGenerated: generatedPassword !== null },
    });
    return { created: true, email, generatedPassword } as const;
  });
}
