"use server";

import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { after } from "next/server";
import { defineAction } from "@/lib/action";
import { recalculateStaleSla } from "@/lib/tickets/sla-recalculation";
import { updateSecuritySettings, updateSlaSettings } from "./mutations";
import { securitySettingsSchema } from "./schemas";
import { slaSettingsSchema } from "./sla-schemas";

export const updateSecuritySettingsAction = defineAction(securitySettingsSchema, async (input, actor, context) => {
  const result = await updateSecuritySettings(actor, input, context);
  revalidateWorkspacePaths(actor, "/admin/settings");
  return result;
});

export const updateSlaSettingsAction = defineAction(slaSettingsSchema, async (input, actor, context) => {
  const result = await updateSlaSettings(actor, input, context);
  // Start at once rather than at the background loop's next turn: a small workspace is done
  // before the admin looks at a ticket.
  if (result.recalculating) after(() => recalculateStaleSla());
  revalidateWorkspacePaths(actor, "/admin/settings");
  return result;
});
