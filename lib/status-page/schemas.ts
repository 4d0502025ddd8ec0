import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { captchaSchema } from "@/lib/security/captcha-schemas";
import { severityDescriptionsSchema } from "@/lib/incidents/severity";
import { couldBeWorkspaceSlug } from "@/lib/workspaces/paths";

// The page's slug from its URL: anything not shaped like one names no status page.
const slug = z.string().refine(couldBeWorkspaceSlug, "This status page does not exist.");

/** Subscribing to a status page's updates by email; the workspace comes from the page's URL. */
export const subscribeToStatusPageSchema = z.object({
  slug,
  email: emailSchema,
  captcha: captchaSchema,
});
export type SubscribeToStatusPageInput = z.infer<typeof subscribeToStatusPageSchema>;

// Raw tokens are 43 characters of base64url; the bound only keeps junk out.
export const statusPageTokenSchema = z.object({
  slug,
  token: z.string().trim().min(1, "This link has no token.").max(256, "This link is not valid."),
});
export type StatusPageTokenInput = z.infer<typeof statusPageTokenSchema>;

/** The admin's incident settings: the status page switch and what each severity means. */
export const incidentSettingsSchema = z.object({
  statusPageEnabled: z.boolean(),
  severities: severityDescriptionsSchema.required(),
});
export type IncidentSettingsInput = z.infer<typeof incidentSettingsSchema>;

/** What a subscribe request answers, whatever the address's state: nothing tells it apart. */
export const SUBSCRIBE_ANSWER = "Check your inbox: if the address can receive updates, a confirmation link is on its way.";
export const INVALID_STATUS_LINK_MESSAGE = "This link has expired or is not valid.";
