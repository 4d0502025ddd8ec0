"use server";

import { after } from "next/server";
import { defineAction } from "@/lib/action";
import { firstWorkspaceLandingPath } from "@/lib/members/first-workspace";
import { removeDeletedWorkspaces } from "./removal";
import { requestWorkspaceDeletion } from "./request";
import { deleteWorkspaceSchema } from "./schemas";

/** Deletes the actor's workspace and answers where to go next: another of their workspaces. */
export const deleteWorkspaceAction = defineAction(deleteWorkspaceSchema, async (input, actor, context) => {
  await requestWorkspaceDeletion(actor, input, context);
  // Start at once rather than at the background loop's next turn: a small workspace is gone in a moment.
  after(() => removeDeletedWorkspaces());
  return { next: await firstWorkspaceLandingPath(actor.userId) };
});
