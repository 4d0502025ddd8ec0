"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { createWorkspace } from "./create";
import { workspacePath } from "./paths";
import { createWorkspaceSchema } from "./schemas";

/** Creates the workspace and opens its settings, where its admin goes on setting it up. */
export const createWorkspaceAction = defineAction(createWorkspaceSchema, async (input, actor, context) => {
  const workspace = await createWorkspace(actor, input, context);
  redirect(workspacePath(workspace.slug, "/admin/settings"));
});
