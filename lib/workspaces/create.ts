import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { getInstanceStanding } from "@/lib/instance/queries";
import type { RequestContext } from "@/lib/request-context";
import { consumeRateLimit, tooManyRequestsError } from "@/lib/security/rate-limit";
import { rateLimitKey, WORKSPACE_CREATION_PER_USER_LIMIT } from "@/lib/security/rate-limit-policies";
import { canCreateWorkspace } from "./policy";
import { type CreateWorkspaceInput, SLUG_TAKEN_MESSAGE } from "./schemas";
import { isTimeZoneKnownToDatabase } from "./time-zones";

// The slug is the only unique value a new workspace can collide on (its id is new).
const isSlugTaken = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Creates a workspace with the actor as its admin, in one transaction with a `workspace.created`
 * entry in the new workspace's log and one in the instance log. Allowed by the instance setting
 * (operators always), read live; to anyone else creation does not exist. A taken slug, even one
 * taken by a concurrent request, is the slug field's error. Counted per person and day only
 * when it succeeds, so retrying a taken slug costs nothing.
 */
export async function createWorkspace(actor: Actor, input: CreateWorkspaceInput, context?: RequestContext) {
  if (!canCreateWorkspace(await getInstanceStanding(actor))) throw new NotFoundError();
  // Row-level security lets a transaction create only the workspace it is scoped to.
  const id = randomUUID();
  try {
    return await transactionFor({ workspaceId: id, userId: actor.userId }, async (tx) => {
      const quota = await consumeRateLimit(rateLimitKey.workspaceCreationByUser(actor.userId), WORKSPACE_CREATION_PER_USER_LIMIT, tx);
      if (!quota.allowed) throw tooManyRequestsError(quota.retryAfterSeconds, "new workspaces");
      if (!(await isTimeZoneKnownToDatabase(tx, input.reportTimeZone))) {
        throw new ValidationError("Please correct the highlighted fields.", { reportTimeZone: ["The database does not know this time zone. Choose another."] });
      }
      const workspace = await tx.workspace.create({
        data: { id, name: input.name, slug: input.slug, reportTimeZone: input.reportTimeZone },
        select: { id: true, name: true, slug: true },
      });
      await tx.membership.create({ data: { workspaceId: id, userId: actor.userId, role: "ADMIN" } });
      const entry = {
        actorId: actor.userId,
        action: "workspace.created",
        targetType: "workspace",
        targetId: id,
        metadata: { name: input.name, slug: input.slug, reportTimeZone: input.reportTimeZone },
        context,
      };
      await recordAudit(tx, { ...entry, workspaceId: id });
      await recordAudit(tx, { ...entry, workspaceId: null });
      return workspace;
    });
  } catch (error) {
    if (isSlugTaken(error)) throw new ConflictError(SLUG_TAKEN_MESSAGE, { slug: [SLUG_TAKEN_MESSAGE] });
    throw error;
  }
}
