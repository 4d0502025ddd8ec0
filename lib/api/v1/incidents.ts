import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getIncident } from "@/lib/incidents/queries";
import { INCIDENT_NOT_FOUND_MESSAGE } from "@/lib/incidents/policy";
import { ticketNumberParamSchema } from "@/lib/tickets/schemas";
import { ApiError } from "../errors";
import { apiJson } from "../handler";
import { type VersionedRecord, etagOf } from "./headers";
import { toIncident } from "./serialize";

export const INCIDENT_RECORD: VersionedRecord = { noun: "incident", path: "/incidents/{number}" };

/** The number in /incidents/{number} (numbered like tickets); anything else is an incident that does not exist. */
export function incidentNumberFrom(params: { number: string }): number {
  const parsed = ticketNumberParamSchema.safeParse(params.number);
  if (!parsed.success) throw new ApiError("NOT_FOUND", INCIDENT_NOT_FOUND_MESSAGE);
  return parsed.data;
}

/** The incident as the API shows it, with its version as ETag; not visible to the actor: 404. */
export async function incidentResponse(actor: Actor, number: number, status = 200, headers: Record<string, string> = {}): Promise<Response> {
  const incident = await getIncident(actor, number);
  return apiJson(toIncident(incident), { status, headers: { ETag: etagOf(incident.version), ...headers } });
}
