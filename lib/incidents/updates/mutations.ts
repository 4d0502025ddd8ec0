import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { invalidateStatusPage } from "@/lib/status-page";
import { enqueueStatusPageUpdateEmails } from "@/lib/status-page/notify";
import { statusChangeFor } from "../mutations/change";
import { INCIDENT_CONFLICT_MESSAGE, applyIncidentChange, loadIncidentForChange, recordIncidentEvent } from "../mutations/core";
import { emailRequesters, findTicketsToReach, replyOnTickets } from "./linked-tickets";
import { resolveLinkedTickets } from "./resolve-tickets";
import type { PostIncidentUpdateInput } from "./schemas";

export type PostedIncidentUpdate = {
  id: string;
  /** The incident's version after the update (moved when the update changed its status). */
  version: number;
  /** Linked tickets that got the update as a public reply (public updates only). */
  ticketsReplied: number;
  /** Requesters emailed (public updates only), one each however many of their tickets are linked. */
  requestersEmailed: number;
  ticketsResolved: number;
};

// Hundreds of linked tickets, each resolved with its event, audit entry and due times, outlast
// the default five seconds of an interactive transaction, as the tickets' bulk change does.
const POST_TRANSACTION_TIMEOUT_MS = 30_000;

/**
 * Staff post a status update on an incident they saw at `version`, all in one transaction: the
 * incident moves to the announced status by the workflow's rules (a refused move is a
 * ValidationError and nothing is posted), the update and its UPDATE_POSTED entry are written
 * with an audit entry, and a PUBLIC update also becomes a public reply by its poster on every
 * linked ticket, one email to each of their requesters and one to each confirmed subscriber of
 * the status page, which this server then rebuilds at once (the others within its short TTL).
 * With `resolveLinkedTickets` the linked tickets still being worked on are resolved too, the
 * update being their final message.
 */
export async function postIncidentUpdate(actor: Actor, input: PostIncidentUpdateInput, context?: RequestContext): Promise<PostedIncidentUpdate> {
  const posted = await transactionFor(
    actor,
    async (tx) => {
      const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
      if (incident.version !== input.version) throw new ConflictError(INCIDENT_CONFLICT_MESSAGE);
      const now = new Date();
      const statusChange = await statusChangeFor(tx, incident, input.status, now);
      const version = statusChange ? await applyIncidentChange(tx, actor, incident, input.version, statusChange, context) : incident.version;
      const update = await tx.incidentStatusUpdate.create({
        data: { workspaceId: incident.workspaceId, incidentId: incident.id, status: input.status, visibility: input.visibility, body: input.body, authorId: actor.userId, createdAt: now },
        select: { id: true },
      });
      const isPublic = input.visibility === "PUBLIC";
      const tickets = isPublic ? await findTicketsToReach(tx, actor, incident.id) : [];
      await replyOnTickets(tx, actor, tickets, input.body, now);
      const requestersEmailed = await emailRequesters(tx, actor, tickets, input);
      await enqueueStatusPageUpdateEmails(tx, {
        workspace: { id: incident.workspaceId, slug: actor.workspaceSlug },
        incident: { title: incident.title, severity: incident.severity },
        update: input,
      });
      const ticketsResolved = input.resolveLinkedTickets ? await resolveLinkedTickets(tx, actor, incident.id, now, context) : 0;
      const metadata = { updateId: update.id, status: input.status, visibility: input.visibility };
      await recordIncidentEvent(tx, actor, incident, { kind: "UPDATE_POSTED", body: input.body, metadata, occurredAt: now });
      await recordAudit(tx, {
        workspaceId: incident.workspaceId,
        actorId: actor.userId,
        action: "incident.update_posted",
        targetType: "incident",
        targetId: incident.id,
        metadata: { number: incident.number, ...metadata, ticketsReplied: tickets.length, requestersEmailed, ticketsResolved },
        context,
      });
      return { id: update.id, version, ticketsReplied: tickets.length, requestersEmailed, ticketsResolved };
    },
    { timeout: POST_TRANSACTION_TIMEOUT_MS },
  );
  if (input.visibility === "PUBLIC") invalidateStatusPage(actor.workspaceId);
  return posted;
}
