import { z } from "zod";
import { text } from "@/lib/validation/text";

/**
 * Deleting a workspace is confirmed by typing its URL name exactly. The form checks it against
 * the slug it shows (`deleteWorkspaceSchemaFor`); the server checks it against the actor's.
 */
export const deleteWorkspaceSchema = z.object({
  confirmation: text(z.string().trim().min(1, "Type the workspace's URL name to confirm.").max(100)),
});
export type DeleteWorkspaceInput = z.infer<typeof deleteWorkspaceSchema>;

export const confirmationMismatchMessage = (slug: string) => `Type ${slug} exactly to confirm.`;

/** The form's schema: the same field, which must be the workspace's slug. */
export function deleteWorkspaceSchemaFor(slug: string) {
  return deleteWorkspaceSchema.refine((input) => input.confirmation === slug, {
    path: ["confirmation"],
    message: confirmationMismatchMessage(slug),
  });
}
