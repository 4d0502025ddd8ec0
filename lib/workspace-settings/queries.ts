import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { dbFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseSlaSettings } from "@/lib/tickets/sla";
import { countTicketsAwaitingSlaRecalculation } from "@/lib/tickets/sla-recalculation";
import type { SecuritySettingsInput } from "./schemas";
import { type SlaSettingsInput, toSlaSettingsForm } from "./sla-schemas";

/** The actor's workspace's security settings; anyone but an admin gets "not found". */
export async function getSecuritySettings(actor: Actor): Promise<SecuritySettingsInput> {
  if (!can(actor, "settings.manage")) throw new NotFoundError("Not found.");
  return dbFor(actor).workspace.findUniqueOrThrow({
    where: { id: actor.workspaceId },
    select: { registrationMode: true, requireStaffTwoFactor: true, apiRequestsPerMinute: true, apiDailyWriteQuota: true },
  });
}

/** The SLA settings as the admin form edits them; anyone but an admin gets "not found". */
export async function getSlaSettingsForm(actor: Actor): Promise<SlaSettingsInput> {
  if (!can(actor, "settings.manage")) throw new NotFoundError("Not found.");
  const workspace = await dbFor(actor).workspace.findUniqueOrThrow({
    where: { id: actor.workspaceId },
    select: { slaTargets: true, businessCalendar: true, clientReopenDays: true, slaRevision: true },
  });
  const { targets, calendar } = parseSlaSettings(workspace);
  return toSlaSettingsForm({ slaTargets: targets, businessCalendar: calendar, clientReopenDays: workspace.clientReopenDays });
}

/** How many open tickets still wait for due times under the current SLA settings; admins only. */
export async function getSlaRecalculationBacklog(actor: Actor): Promise<number> {
  if (!can(actor, "settings.manage")) throw new NotFoundError("Not found.");
  return countTicketsAwaitingSlaRecalculation(actor.workspaceId);
}
