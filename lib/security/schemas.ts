import { z } from "zod";
import { createdAtCursorField } from "@/lib/pagination/created-at-cursor";
import { queryField, queryText } from "@/lib/url-query";
import { daySchema } from "@/lib/validation/dates";

export const SIGN_IN_ATTEMPT_PAGE_SIZE = 50;

/**
 * The sign-in activity page's filters and position, all from the URL. Days are UTC. The page
 * reads it with parseQueryLeniently, dropping what does not parse.
 */
export const signInAttemptFiltersSchema = z.object({
  email: queryText(254).transform((value) => value?.toLowerCase()),
  ip: queryText(64),
  from: queryField(daySchema),
  to: queryField(daySchema),
  after: createdAtCursorField,
});
export type SignInAttemptFilters = z.infer<typeof signInAttemptFiltersSchema>;

export const unlockUserSchema = z.object({ userId: z.uuid() });
export type UnlockUserInput = z.infer<typeof unlockUserSchema>;
