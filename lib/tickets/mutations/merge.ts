import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { ConflictError, DomainError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import { TICKET_CONFLICT_MESSAGE } from "../change-schemas";
import { MERGE_INTO_ITSELF_MESSAGE, type MergeTicketInput, type MergeTicketResult, mergeTargetRefusal } from "../merge-schemas";
import { authorize, ticketScope } from "../policy";
import { refreshTicketSla } from "../sla";
import { type MergeSubject, closeDuplicate, mergeSubjectSelect, moveConversation, recordMerge } from "./merge-steps";

type Transaction = Prisma.TransactionClient;

const refuseTarget = (message: string) => new ValidationError(message, { targetNumber: [message] });

/**
 * Locks both tickets, in id order so that two merges of the same pair in opposite directions
 * queue instead of deadlocking, then reads them: a merge decides on the state the other one left.
 * Both must be visible to the actor (else not found) and the actor must be allowed to merge.
 */
async function lockPair(tx: Transaction, actor: Actor, input: MergeTicketInput) {
  const visible = await tx.ticket.findMany({
    where: { AND: [ticketScope(actor), { number: { in: [input.ticketNumber, input.targetNumber] } }] },
    select: { id: true },
  });
  const ids = visible.map((ticket) => ticket.id);
  if (ids.length > 0) await tx.$queryRaw`SELECT id FROM tickets WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
  const rows = await tx.ticket.findMany({ where: { id: { in: ids } }, select: mergeSubjectSelect });
  const duplicate = rows.find((ticket) => ticket.number === input.ticketNumber) ?? null;
  const target = rows.find((ticket) => ticket.number === input.targetNumber) ?? null;
  authorize(actor, "merge", duplicate);
  if (!target) throw new NotFoundError(`Ticket #${input.targetNumber} was not found.`);
  authorize(actor, "merge", target);
  return { duplicate, target };
}

function assertMergeable(duplicate: MergeSubject, target: MergeSubject) {
  if (duplicate.mergedInto) {
    throw new DomainError("MERGED", `#${duplicate.number} was already merged into #${duplicate.mergedInto.number}.`);
  }
  // The opposite merge won a race: pointing the pair back at each other would hide both.
  if (target.mergedIntoId === duplicate.id) throw refuseTarget(`#${target.number} was already merged into #${duplicate.number}.`);
  const refusal = mergeTargetRefusal({ ...target, mergedIntoNumber: target.mergedInto?.number ?? null });
  if (refusal) throw refuseTarget(refusal);
}

/**
 * Staff merge a duplicate into another ticket of their workspace, in one transaction: its
 * replies and description move to the target marked as merged, the duplicate is closed with a
 * link to the target (its number then redirects there), both timelines record it, a
 * `ticket.merged` audit entry is written and both tickets' due times are recomputed. The target
 * must be open or resolved; a stale version of the duplicate is a ConflictError. Merging again
 * into the same target changes nothing.
 */
export async function mergeTicket(actor: Actor, input: MergeTicketInput, context?: RequestContext): Promise<MergeTicketResult> {
  if (input.ticketNumber === input.targetNumber) throw refuseTarget(MERGE_INTO_ITSELF_MESSAGE);
  return transactionFor(actor, async (tx) => {
    const { duplicate, target } = await lockPair(tx, actor, input);
    if (duplicate.mergedIntoId === target.id) return { changed: false, version: duplicate.version, targetNumber: target.number };
    assertMergeable(duplicate, target);
    if (duplicate.version !== input.version) throw new ConflictError(TICKET_CONFLICT_MESSAGE);
    const now = new Date();
    await moveConversation(tx, duplicate, target);
    const version = await closeDuplicate(tx, actor, duplicate, target, now);
    await recordMerge(tx, actor, duplicate, target, context);
    await refreshTicketSla(tx, target.id, now);
    await refreshTicketSla(tx, duplicate.id, now);
    return { changed: true, version, targetNumber: target.number };
  });
}
