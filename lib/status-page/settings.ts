import "server-only";
import { isDeepStrictEqual } from "node:util";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { dbFor, transactionFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { DEFAULT_SEVERITY_DESCRIPTIONS, severityDescriptions } from "@/lib/incidents/severity";
import type { IncidentSeverity } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/request-context";
import type { IncidentSettingsInput } from "./schemas";

const settingsSelect = { statusPageEnabled: true, incidentSeverities: true } as const;

function authorizeSettings(actor: Actor) {
  if (!can(actor, "settings.manage")) throw new NotFoundError("Not found.");
}

/** The incident settings as the admin form edits them (every severity's description filled in); admins only. */
export async function getIncidentSettings(actor: Actor): Promise<IncidentSettingsInput> {
  authorizeSettings(actor);
  const workspace = await dbFor(actor).workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: settingsSelect });
  return { statusPageEnabled: workspace.statusPageEnabled, severities: severityDescriptions(workspace.incidentSeverities) };
}

// Only descriptions that differ from the default are stored, so a better default reaches
// every workspace that never wrote its own.
function ownDescriptions(severities: IncidentSettingsInput["severities"]) {
  return Object.fromEntries(
    (Object.keys(severities) as IncidentSeverity[])
      .filter((severity) => severities[severity] !== DEFAULT_SEVERITY_DESCRIPTIONS[severity])
      .map((severity) => [severity, severities[severity]]),
  );
}

/**
 * Saves the status page switch and the severity descriptions with a
 * `workspace.incident_settings_changed` entry holding what changed, before and after; saving
 * unchanged settings writes nothing. Says whether the status page switch moved, so the caller
 * can drop the cached page.
 */
export async function updateIncidentSettings(actor: Actor, input: IncidentSettingsInput, context?: RequestContext) {
  authorizeSettings(actor);
  return transactionFor(actor, async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM workspaces WHERE id = ${actor.workspaceId}::uuid FOR UPDATE`;
    const stored = await tx.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: settingsSelect });
    const before = { statusPageEnabled: stored.statusPageEnabled, severities: severityDescriptions(stored.incidentSeverities) };
    const changes = Object.fromEntries(
      (["statusPageEnabled", "severities"] as const)
        .filter((key) => !isDeepStrictEqual(before[key], input[key]))
        .map((key) => [key, { from: before[key], to: input[key] }]),
    );
    if (Object.keys(changes).length === 0) return { changed: false };
    await tx.workspace.update({
      where: { id: actor.workspaceId },
      data: { statusPageEnabled: input.statusPageEnabled, incidentSeverities: ownDescriptions(input.severities) },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "workspace.incident_settings_changed",
      targetType: "workspace",
      targetId: actor.workspaceId,
      metadata: changes,
      context,
    });
    return { changed: true };
  });
}
