"use server";

import { defineAction } from "@/lib/action";
import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { updateInstanceSettings } from "./mutations";
import { updateInstanceSettingsSchema } from "./schemas";

export const updateInstanceSettingsAction = defineAction(updateInstanceSettingsSchema, async (input, actor, context) => {
  const result = await updateInstanceSettings(actor, input, context);
  revalidateWorkspacePaths(actor, "/instance");
  return result;
});
