import { z } from "zod";
import { RegistrationMode } from "@/lib/generated/prisma/enums";

/** The workspace's sign-up and sign-in rules and its API limits, as the admin settings form edits them. */
export const securitySettingsSchema = z.object({
  registrationMode: z.enum(RegistrationMode),
  requireStaffTwoFactor: z.boolean(),
  apiRequestsPerMinute: z.int("Give a whole number.").min(1, "At least 1 request a minute.").max(100_000, "At most 100,000 a minute."),
  apiDailyWriteQuota: z.int("Give a whole number.").min(1, "At least 1 write a day.").max(10_000_000, "At most 10,000,000 a day."),
});
export type SecuritySettingsInput = z.infer<typeof securitySettingsSchema>;

export const REGISTRATION_MODE_LABELS: Record<RegistrationMode, { label: string; description: string }> = {
  OPEN: {
    label: "Open",
    description: "Anyone can create a client account from the sign-in page and verify it by email.",
  },
  INVITE_ONLY: {
    label: "Invite only",
    description: "The registration page says accounts are by invitation; only admins add people.",
  },
};
