"use server";

import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { defineAction } from "@/lib/action";
import { deleteView, saveView } from "./saved-views";
import { deleteViewSchema, saveViewSchema } from "./schemas";

export const saveViewAction = defineAction(saveViewSchema, async (input, actor) => {
  const view = await saveView(actor, input);
  revalidateWorkspacePaths(actor, "/tickets");
  return view;
});

export const deleteViewAction = defineAction(deleteViewSchema, async (input, actor) => {
  await deleteView(actor, input);
  revalidateWorkspacePaths(actor, "/tickets");
});
