import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { canManageWorkspaceSettings } from "./policy";
import type { SecuritySettingsInput } from "./schemas";

/** The actor's workspace's security settings; anyone but an admin gets "not found". */
export async function getSecuritySettings(actor: Actor): Promise<SecuritySettingsInput> {
  if (!canManageWorkspaceSettings(actor)) throw new NotFoundError("Not found.");
  return db.workspace.findUniqueOrThrow({
    where: { id: actor.workspaceId },
    select: { registrationMode: true, requireStaffTwoFactor: true },
  });
}
