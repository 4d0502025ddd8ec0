import { ApiError } from "@/lib/api/errors";
import { apiJson, apiRoute, readJsonBody } from "@/lib/api/handler";
import { requestHashOf, requestKeyFrom } from "@/lib/api/v1/headers";
import { operationSpec } from "@/lib/api/v1/operations";
import { createCommentBodySchema } from "@/lib/api/v1/schemas";
import { toComment } from "@/lib/api/v1/serialize";
import { ticketNumberFrom } from "@/lib/api/v1/tickets";
import { replyToTicket } from "@/lib/tickets/mutations/reply";
import { findTicketComment, findTicketForActor, listTicketComments } from "@/lib/tickets/queries";

export const dynamic = "force-dynamic";

type Params = { number: string };

export const GET = apiRoute<Params>(operationSpec("listComments"), async ({ principal, params }) => {
  const lookup = await findTicketForActor(principal.actor, ticketNumberFrom(params));
  if (!lookup || "redirectTo" in lookup) throw new ApiError("NOT_FOUND", "That ticket was not found.");
  const { comments, hasEarlier } = await listTicketComments(principal.actor, lookup.ticket.id);
  return apiJson({ data: comments.map(toComment), hasEarlier });
});

export const POST = apiRoute<Params>(operationSpec("createComment"), async ({ request, principal, params, context }) => {
  const ticketNumber = ticketNumberFrom(params);
  const requestKey = requestKeyFrom(request);
  const body = await readJsonBody(request, createCommentBodySchema);
  const posted = await replyToTicket(principal.actor, { ticketNumber, ...body, requestKey, requestHash: requestHashOf(body) }, context);
  const comment = await findTicketComment(principal.actor, posted.commentId);
  if (!comment) throw new Error(`Reply ${posted.commentId} vanished after posting.`);
  return apiJson(toComment(comment), { status: 201, headers: posted.isNew ? {} : { "Idempotent-Replayed": "true" } });
});
