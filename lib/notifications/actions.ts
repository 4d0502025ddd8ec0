"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { updateNotificationPreferences } from "./preferences";
import { updateNotificationPreferencesSchema } from "./schemas";

export const updateNotificationPreferencesAction = defineAction(updateNotificationPreferencesSchema, async (input, actor, context) => {
  await updateNotificationPreferences(actor, input, context);
  revalidatePath("/account");
});
