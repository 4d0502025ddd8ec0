"use server";

import { after } from "next/server";
import { defineAction, definePublicAction } from "@/lib/action";
import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { invalidateStatusPage } from "./index";
import { incidentSettingsSchema, statusPageTokenSchema, subscribeToStatusPageSchema } from "./schemas";
import { updateIncidentSettings } from "./settings";
import { confirmStatusPageSubscription, subscribeToStatusPage, unsubscribeFromStatusPage } from "./subscriptions";

export const subscribeToStatusPageAction = definePublicAction(subscribeToStatusPageSchema, (input, context) =>
  subscribeToStatusPage(input, context, after),
);

export const confirmStatusPageSubscriptionAction = definePublicAction(statusPageTokenSchema, (input) =>
  confirmStatusPageSubscription(input),
);

export const unsubscribeFromStatusPageAction = definePublicAction(statusPageTokenSchema, (input) =>
  unsubscribeFromStatusPage(input),
);

export const updateIncidentSettingsAction = defineAction(incidentSettingsSchema, async (input, actor, context) => {
  const result = await updateIncidentSettings(actor, input, context);
  invalidateStatusPage(actor.workspaceId);
  revalidateWorkspacePaths(actor, "/admin/incidents");
  return result;
});
