import { z } from "zod";
import { IncidentSeverity } from "@/lib/generated/prisma/enums";
import { text } from "@/lib/validation/text";

export const SEVERITY_DESCRIPTION_MAX_LENGTH = 500;

/** What each severity means until a workspace says otherwise. */
export const DEFAULT_SEVERITY_DESCRIPTIONS: Readonly<Record<IncidentSeverity, string>> = {
  SEV1: "Critical: the service is down or data is at risk for most customers.",
  SEV2: "Major: a core feature is broken or badly degraded for many customers.",
  SEV3: "Minor: a feature is degraded for some customers, with a workaround.",
  SEV4: "Low: a small or cosmetic problem with little customer impact.",
};

const description = text(
  z.string().trim().min(1, "Describe this severity.").max(SEVERITY_DESCRIPTION_MAX_LENGTH, `Keep it under ${SEVERITY_DESCRIPTION_MAX_LENGTH} characters.`),
);

/** A workspace's own descriptions (Workspace.incidentSeverities): any of the four, each optional. */
export const severityDescriptionsSchema = z.strictObject({
  SEV1: description.optional(),
  SEV2: description.optional(),
  SEV3: description.optional(),
  SEV4: description.optional(),
});
export type SeverityDescriptionsInput = z.infer<typeof severityDescriptionsSchema>;

/**
 * The description of every severity: the workspace's where it wrote one, the default otherwise.
 * A stored value that no longer parses falls back to the defaults whole rather than failing a page.
 */
export function severityDescriptions(stored: unknown): Record<IncidentSeverity, string> {
  const parsed = severityDescriptionsSchema.safeParse(stored ?? {});
  const own = parsed.success ? parsed.data : {};
  return {
    SEV1: own.SEV1 ?? DEFAULT_SEVERITY_DESCRIPTIONS.SEV1,
    SEV2: own.SEV2 ?? DEFAULT_SEVERITY_DESCRIPTIONS.SEV2,
    SEV3: own.SEV3 ?? DEFAULT_SEVERITY_DESCRIPTIONS.SEV3,
    SEV4: own.SEV4 ?? DEFAULT_SEVERITY_DESCRIPTIONS.SEV4,
  };
}
