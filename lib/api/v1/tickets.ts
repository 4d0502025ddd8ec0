import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findTicketForActor } from "@/lib/tickets/queries";
import { ticketNumberParamSchema } from "@/lib/tickets/schemas";
import { ApiError } from "../errors";
import { apiJson } from "../handler";
import { etagOf } from "./headers";
import { toTicket } from "./serialize";

/** The number in /tickets/{number}; anything that is not one is a ticket that does not exist. */
export function ticketNumberFrom(params: { number: string }): number {
  const parsed = ticketNumberParamSchema.safeParse(params.number);
  if (!parsed.success) throw new ApiError("NOT_FOUND", "That ticket was not found.");
  return parsed.data;
}

/**
 * The ticket as the API shows it, with its version as ETag; a merged ticket answers with a
 * redirect to the one it was merged into. Not visible to the actor: 404.
 */
export async function ticketResponse(actor: Actor, number: number, status = 200, headers: Record<string, string> = {}): Promise<Response> {
  const lookup = await findTicketForActor(actor, number);
  if (!lookup) throw new ApiError("NOT_FOUND", "That ticket was not found.");
  if ("redirectTo" in lookup) {
    return new Response(null, { status: 301, headers: { Location: `/api/v1/tickets/${lookup.redirectTo}`, "Cache-Control": "no-store" } });
  }
  return apiJson(toTicket(lookup.ticket), { status, headers: { ETag: etagOf(lookup.ticket.version), ...headers } });
}
