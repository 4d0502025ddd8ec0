import { z } from "zod";
import { titleText } from "@/lib/validation/text";
import { API_SCOPES } from "./scopes";

export const API_KEY_EXPIRY_DAYS = ["7", "30", "90", "365", "never"] as const;
export const API_KEY_NAME_MAX_LENGTH = 80;

/** A new API key: a service key (its name names the service account) or a personal token. */
export const createApiKeySchema = z.object({
  name: titleText(
    z
      .string()
      .trim()
      .min(1, "Give the key a name, such as the service that will use it.")
      .max(API_KEY_NAME_MAX_LENGTH, `At most ${API_KEY_NAME_MAX_LENGTH} characters.`),
  ),
  scopes: z.preprocess(
    (raw) => (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]),
    z.array(z.enum(API_SCOPES, "Choose scopes from the list.")).min(1, "Choose at least one scope."),
  ).transform((scopes) => [...new Set(scopes)]),
  expiresInDays: z.enum(API_KEY_EXPIRY_DAYS, "Choose when the key expires."),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

/** Another key for an existing service account. */
export const createServiceAccountKeySchema = createApiKeySchema.extend({ serviceAccountId: z.uuid("Name the service account by its id.") });
export type CreateServiceAccountKeyInput = z.infer<typeof createServiceAccountKeySchema>;

export const revokeApiKeySchema = z.object({ id: z.uuid() });
export type RevokeApiKeyInput = z.infer<typeof revokeApiKeySchema>;
