import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import { INSTANCE_SETTINGS_ROW, readInstanceSettings } from "./queries";
import type { UpdateInstanceSettingsInput } from "./schemas";

type Changes = Partial<Record<keyof UpdateInstanceSettingsInput, { from: string | null; to: string | null }>>;

function diffSettings(before: UpdateInstanceSettingsInput, after: UpdateInstanceSettingsInput): Changes {
  const changes: Changes = {};
  for (const key of Object.keys(after) as (keyof UpdateInstanceSettingsInput)[]) {
    if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

const isMissingWorkspace = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";

/**
 * Saves the instance settings with an `instance.settings_changed` entry in the instance log (no
 * workspace) naming each change from → to. Instance operators only, by their live account flag,
 * read in the same transaction; to anyone else the settings do not exist. The row is locked
 * while read and written, so two operators saving at once both log an accurate "from". Saving
 * unchanged settings writes nothing.
 */
export async function updateInstanceSettings(actor: Actor, input: UpdateInstanceSettingsInput, context?: RequestContext) {
  try {
    // The database allows the update only to a transaction whose user is an operator (the
    // policy on instance_settings), so the user is in its scope.
    return await transactionFor({ userId: actor.userId }, async (tx) => {
      const user = await tx.user.findUnique({ where: { id: actor.userId }, select: { isInstanceOperator: true } });
      if (!user?.isInstanceOperator) throw new NotFoundError();
      await tx.$executeRaw`SELECT 1 FROM instance_settings WHERE id FOR UPDATE`;
      const changes = diffSettings(await readInstanceSettings(tx), input);
      if (Object.keys(changes).length === 0) return { changed: false };
      await tx.instanceSettings.update({ where: INSTANCE_SETTINGS_ROW, data: input });
      await recordAudit(tx, {
        workspaceId: null,
        actorId: actor.userId,
        action: "instance.settings_changed",
        targetType: "instance",
        targetId: null,
        metadata: changes,
        context,
      });
      return { changed: true };
    });
  } catch (error) {
    // The workspace chosen was deleted since the form listed it.
    if (isMissingWorkspace(error)) {
      throw new ValidationError("Please correct the highlighted fields.", { registrationWorkspaceId: ["That workspace no longer exists. Choose another."] });
    }
    throw error;
  }
}
