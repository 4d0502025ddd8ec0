import { z } from "zod";

/** Most categories one member may watch; a workspace has far fewer. */
export const MAX_WATCHED_CATEGORIES = 200;

/**
 * The actor's own email preferences. The staff-only ones (assignments, new tickets, watched
 * categories) may be sent by anyone, but are stored only for staff: see
 * updateNotificationPreferences.
 */
export const updateNotificationPreferencesSchema = z.object({
  notifyOwnTicketUpdates: z.boolean(),
  notifyAssignments: z.boolean(),
  notifyNewTickets: z.boolean(),
  watchedCategoryIds: z.array(z.uuid("Choose categories from the list.")).max(MAX_WATCHED_CATEGORIES),
});
export type UpdateNotificationPreferencesInput = z.infer<typeof updateNotificationPreferencesSchema>;
