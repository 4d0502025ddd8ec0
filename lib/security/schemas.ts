import { z } from "zod";

export const SIGN_IN_ATTEMPT_PAGE_SIZE = 50;

// A filter that does not parse is dropped rather than failing the page: the URL is user input.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined);

const optionalDay = z.iso.date().optional().catch(undefined);

/** The sign-in activity page's filters and position, all from the URL. Days are UTC. */
export const signInAttemptFiltersSchema = z.object({
  email: optionalText(254).transform((value) => value?.toLowerCase()),
  ip: optionalText(64),
  from: optionalDay,
  to: optionalDay,
  after: optionalText(200),
});
export type SignInAttemptFilters = z.infer<typeof signInAttemptFiltersSchema>;

export const unlockUserSchema = z.object({ userId: z.uuid() });
export type UnlockUserInput = z.infer<typeof unlockUserSchema>;
