import "server-only";
import { isDeepStrictEqual } from "node:util";
import { recordAudit } from "@/lib/audit/record";
import { parseSlaSettings } from "@/lib/tickets/sla";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { transactionFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import { isTimeZoneKnownToDatabase } from "@/lib/workspaces/time-zones";
import type { SecuritySettingsInput } from "./schemas";
import { type SlaSettingsInput, toStoredSlaSettings } from "./sla-schemas";

type SettingChanges = Partial<{ [Key in keyof SecuritySettingsInput]: { from: SecuritySettingsInput[Key]; to: SecuritySettingsInput[Key] } }>;

function diffSettings(before: SecuritySettingsInput, after: SecuritySettingsInput): SettingChanges {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof SecuritySettingsInput)[]) {
    if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };
  }
  return changes as SettingChanges;
}

/**
 * Saves the workspace's security settings with a `workspace.settings_changed` entry naming each
 * change from → to. The row is locked while read and written, so two admins saving at once both
 * get an accurate "from" in the log. Saving unchanged settings writes nothing.
 */
export async function updateSecuritySettings(actor: Actor, input: SecuritySettingsInput, context?: RequestContext) {
  if (!can(actor, "settings.manage")) throw new NotFoundError("Not found.");
  return transactionFor(actor, async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM workspaces WHERE id = ${actor.workspaceId}::uuid FOR UPDATE`;
    const before = await tx.workspace.findUniqueOrThrow({
      where: { id: actor.workspaceId },
      select: { registrationMode: true, requireStaffTwoFactor: true, apiRequestsPerMinute: true, apiDailyWriteQuota: true },
    });
    const changes = diffSettings(before, input);
    if (Object.keys(changes).length === 0) return { changed: false };
    await tx.workspace.update({ where: { id: actor.workspaceId }, data: input });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "workspace.settings_changed",
      targetType: "workspace",
      targetId: actor.workspaceId,
      metadata: changes,
      context,
    });
    return { changed: true };
  });
}

/**
 * Reports count days in the business calendar's zone, UTC without one. The zone was checked
 * against the runtime's time zone database; one PostgreSQL does not know (its database is
 * older) stays UTC rather than breaking every query that reads days in it.
 */
async function reportTimeZoneFor(tx: Prisma.TransactionClient, timeZone: string | undefined): Promise<string> {
  if (!timeZone) return "UTC";
  return (await isTimeZoneKnownToDatabase(tx, timeZone)) ? timeZone : "UTC";
}

/**
 * Saves the SLA targets, business calendar and client reopen window, with a
 * `workspace.sla_changed` entry holding the stored settings before and after. Says whether open
 * tickets' due times are now being recalculated.
 */
export async function updateSlaSettings(actor: Actor, input: SlaSettingsInput, context?: RequestContext) {
  if (!can(actor, "settings.manage")) throw new NotFoundError("Not found.");
  const stored = toStoredSlaSettings(input);
  return transactionFor(actor, async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM workspaces WHERE id = ${actor.workspaceId}::uuid FOR UPDATE`;
    const before = await tx.workspace.findUniqueOrThrow({
      where: { id: actor.workspaceId },
      select: { slaTargets: true, businessCalendar: true, clientReopenDays: true },
    });
    // New targets or hours make a new revision, which marks every open ticket's due times as
    // stale (lib/tickets/sla-recalculation.ts); the reopen window alone changes no clock.
    const clocks = (settings: { slaTargets: unknown; businessCalendar: unknown }) => {
      const { targets, calendar } = parseSlaSettings({ ...settings, slaRevision: 0 });
      return { targets, calendar };
    };
    const movesClocks = !isDeepStrictEqual(clocks(before), clocks(stored));
    await tx.workspace.update({
      where: { id: actor.workspaceId },
      data: {
        ...stored,
        reportTimeZone: await reportTimeZoneFor(tx, stored.businessCalendar?.timeZone),
        businessCalendar: stored.businessCalendar ?? Prisma.DbNull,
        ...(movesClocks && { slaRevision: { increment: 1 } }),
      },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "workspace.sla_changed",
      targetType: "workspace",
      targetId: actor.workspaceId,
      metadata: { before, after: stored } as Prisma.InputJsonValue,
      context,
    });
    return { recalculating: movesClocks };
  });
}
