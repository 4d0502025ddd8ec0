import { z } from "zod";
import { isValidTimeZone } from "@/lib/sla/schemas";
import { titleText } from "@/lib/validation/text";

export const SLUG_MIN_LENGTH = 2;
export const SLUG_MAX_LENGTH = 40;
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/**
 * Slugs a workspace may not take: words that read as a part of Triage rather than a workspace's
 * name in /w/<slug>, in links, emails and support requests.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "account", "accounts", "admin", "administrator", "api", "app", "assets", "auth", "billing", "dashboard",
  "docs", "help", "instance", "login", "logout", "me", "new", "register", "root", "security", "settings",
  "setup", "sign-in", "sign-out", "sign-up", "signin", "signup", "static", "status", "support", "system",
  "tickets", "triage", "www", "workspace", "workspaces",
]);

export const SLUG_TAKEN_MESSAGE = "Another workspace already has this URL. Choose another.";

/** A workspace's URL name, as in /w/<slug>. Typed capitals are lowered rather than refused. */
export const workspaceSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(SLUG_MIN_LENGTH, `Use at least ${SLUG_MIN_LENGTH} characters.`)
  .max(SLUG_MAX_LENGTH, `Keep the URL to ${SLUG_MAX_LENGTH} characters or fewer.`)
  .regex(SLUG_PATTERN, "Use lowercase letters, digits and hyphens, starting and ending with a letter or digit.")
  .refine((slug) => !RESERVED_SLUGS.has(slug), "This word is reserved. Choose another URL.");

export const createWorkspaceSchema = z.object({
  name: titleText(z.string().trim().min(1, "Give the workspace a name.").max(80, "Keep the name to 80 characters or fewer.")),
  slug: workspaceSlugSchema,
  // Stored as the zone's canonical name ("europe/berlin" becomes "Europe/Berlin"), which is the
  // name PostgreSQL knows it by.
  reportTimeZone: z
    .string()
    .max(100)
    .refine(isValidTimeZone, "Choose a time zone from the list, such as Europe/Berlin.")
    .transform((zone) => new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone),
});
export type CreateWorkspaceInput = z.infer<typeof createWorkspaceSchema>;
