import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/schemas";
import { Role } from "@/lib/generated/prisma/enums";
import { registerSchema } from "@/lib/registration/schemas";

/** An admin invites someone by name and email, with the role they will have. */
export const inviteMemberSchema = registerSchema.pick({ name: true, email: true }).extend({ role: z.enum(Role) });
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

/** An admin resends or revokes one pending invitation. */
export const invitationTargetSchema = z.object({ invitationId: z.uuid() });
export type InvitationTargetInput = z.infer<typeof invitationTargetSchema>;

// Raw tokens are 43 characters of base64url (lib/auth/tokens.ts); the bounds only keep junk out.
export const invitationTokenSchema = z.object({
  token: z.string().trim().min(1, "This link has no token.").max(256, "This link is not valid."),
});
export type InvitationTokenInput = z.infer<typeof invitationTokenSchema>;

/** A person without an account confirms their name and chooses a password. */
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

export const INVALID_INVITATION_LINK_MESSAGE = "This invitation link is no longer valid.";
export const ALREADY_MEMBER_MESSAGE = "Already a member of this workspace.";
export const SERVICE_ACCOUNT_EMAIL_MESSAGE = "This address belongs to a service account, which cannot be invited.";
export const INVITATION_NOT_FOUND_MESSAGE = "That invitation was not found. It may have been accepted or revoked.";
export const SIGN_IN_TO_ACCEPT_MESSAGE = "This email has an account. Sign in with it to accept the invitation.";
export const WRONG_ACCOUNT_MESSAGE = "This invitation is for another email address than the account you are signed in with.";
