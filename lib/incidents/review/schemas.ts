import { z } from "zod";
import { text } from "@/lib/validation/text";

const SECTION_MAX_LENGTH = 20_000;
const REASON_MAX_LENGTH = 2_000;
const POSTGRES_INT_MAX = 2_147_483_647;

const incidentNumber = z.int("Choose an incident.").positive().max(POSTGRES_INT_MAX);
const section = (label: string) =>
  text(z.string().trim().max(SECTION_MAX_LENGTH, `Keep “${label}” under ${SECTION_MAX_LENGTH.toLocaleString("en")} characters.`));

/**
 * The post-incident review as the actor wrote it. `version` is the review's version when they
 * opened it, absent for a first review; impact and root cause are what a review must say.
 */
export const writeIncidentReviewSchema = z.object({
  incidentNumber,
  version: z.int().positive().max(POSTGRES_INT_MAX).optional(),
  impact: section("Impact").pipe(z.string().min(1, "Say what the impact was.")),
  rootCause: section("Root cause").pipe(z.string().min(1, "Say what the root cause was.")),
  wentWell: section("What went well").default(""),
  wentBadly: section("What went badly").default(""),
});
export type WriteIncidentReviewInput = z.infer<typeof writeIncidentReviewSchema>;

/** A manager's decision that the incident needs no review, with the reason kept in the audit log. */
export const skipIncidentReviewSchema = z.object({
  incidentNumber,
  reason: text(
    z.string().trim().min(3, "Say why this incident needs no review.").max(REASON_MAX_LENGTH, `Keep the reason under ${REASON_MAX_LENGTH.toLocaleString("en")} characters.`),
  ),
});
export type SkipIncidentReviewInput = z.infer<typeof skipIncidentReviewSchema>;
