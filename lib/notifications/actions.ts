"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { updateNotificationPreferences } from "./preferences";
import { updateNotificationPreferencesSchema } from "./schemas";

export const updateNotificationPreferencesAction = defineAction(updateNotificationPreferencesSchema, async (input, actor) => {
  await updateNotificationPreferences(actor, input, await getRequestContext());
  revalidatePath("/account");
});
