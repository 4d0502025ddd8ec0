import type { Actor } from "@/lib/auth/actor";
import type { IncidentSeverity } from "@/lib/generated/prisma/enums";
import { type DeclaredIncident, declareIncident } from "@/lib/incidents/mutations";
import { createUser } from "@/lib/test/factories";

/** A staff member (an agent unless told) of a new workspace, or of `workspaceId`. */
export async function createStaff(options: { workspaceId?: string; role?: "AGENT" | "MANAGER" | "ADMIN" } = {}) {
  return createUser({ role: options.role ?? "AGENT", workspaceId: options.workspaceId });
}

/** An incident declared by `actor` through the app, as staff declare one. */
export function declareTestIncident(
  actor: Actor,
  options: { title?: string; severity?: IncidentSeverity; ticketNumbers?: number[]; commanderId?: string } = {},
): Promise<DeclaredIncident> {
  return declareIncident(actor, {
    title: options.title ?? "Mail server is down",
    summary: "",
    severity: options.severity ?? "SEV2",
    commanderId: options.commanderId,
    ticketNumbers: options.ticketNumbers ?? [],
  });
}
