"use server";

import { defineTicketAction } from "@/lib/tickets/ticket-action";
import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { skipIncidentReview, writeIncidentReview } from "./mutations";
import { skipIncidentReviewSchema, writeIncidentReviewSchema } from "./schemas";

export const writeIncidentReviewAction = defineTicketAction(writeIncidentReviewSchema, async (input, actor, context) => {
  const review = await writeIncidentReview(actor, input, context);
  revalidateWorkspacePaths(actor, `/incidents/${input.incidentNumber}`);
  return review;
});

export const skipIncidentReviewAction = defineTicketAction(skipIncidentReviewSchema, async (input, actor, context) => {
  const review = await skipIncidentReview(actor, input, context);
  revalidateWorkspacePaths(actor, `/incidents/${input.incidentNumber}`);
  return review;
});
