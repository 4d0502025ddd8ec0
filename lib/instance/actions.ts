"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { workspacePath } from "@/lib/workspaces/paths";
import { updateInstanceSettings } from "./mutations";
import { updateInstanceSettingsSchema } from "./schemas";

export const updateInstanceSettingsAction = defineAction(updateInstanceSettingsSchema, async (input, actor, context) => {
  const result = await updateInstanceSettings(actor, input, context);
  revalidatePath(workspacePath(actor.workspaceSlug, "/instance"));
  return result;
});
