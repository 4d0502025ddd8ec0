"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { updateSecuritySettings, updateSlaSettings } from "./mutations";
import { securitySettingsSchema } from "./schemas";
import { slaSettingsSchema } from "./sla-schemas";

export const updateSecuritySettingsAction = defineAction(securitySettingsSchema, async (input, actor) => {
  const result = await updateSecuritySettings(actor, input, await getRequestContext());
  revalidatePath("/admin/settings");
  return result;
});

export const updateSlaSettingsAction = defineAction(slaSettingsSchema, async (input, actor) => {
  await updateSlaSettings(actor, input, await getRequestContext());
  revalidatePath("/admin/settings");
});
