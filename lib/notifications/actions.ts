"use server";

import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { defineAction } from "@/lib/action";
import { updateNotificationPreferences } from "./preferences";
import { updateNotificationPreferencesSchema } from "./schemas";

export const updateNotificationPreferencesAction = defineAction(updateNotificationPreferencesSchema, async (input, actor, context) => {
  await updateNotificationPreferences(actor, input, context);
  revalidateWorkspacePaths(actor, "/account");
});
