import { z } from "zod";
import { RegistrationMode } from "@/lib/generated/prisma/enums";

/** The workspace's sign-up and sign-in rules, as the admin settings form edits them. */
export const securitySettingsSchema = z.object({
  registrationMode: z.enum(RegistrationMode),
  requireStaffTwoFactor: z.boolean(),
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
