import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/schemas";
import { Role } from "@/lib/generated/prisma/enums";
import { registerSchema } from "@/lib/registration/schemas";

/** An admin invites someone by name and email, with the role they will have. */
export const inviteMemberSchema = registerSchema.pick({ name: true, email: true }).extend({ role: z.enum(Role) });
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const resendInvitationSchema = z.object({ userId: z.uuid() });
export type ResendInvitationInput = z.infer<typeof resendInvitationSchema>;

// Raw tokens are 43 characters of base64url (lib/auth/tokens.ts); the bounds only keep junk out.
export const invitationTokenSchema = z.object({
  token: z.string().trim().min(1, "This link has no token.").max(256, "This link is not valid."),
});

/** The invited person confirms their name and chooses a password. */
export const acceptInvitationSchema = invitationTokenSchema
  .extend({
    name: registerSchema.shape.name,
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(1024),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords don't match.",
  });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export const INVALID_INVITATION_LINK_MESSAGE = "This invitation has expired or was already used.";
export const ALREADY_MEMBER_MESSAGE = "Already a member of this workspace.";
export const EMAIL_HAS_ACCOUNT_MESSAGE = "This email already has an account.";
export const NOT_PENDING_MESSAGE = "This person has already accepted their invitation.";
