import { z } from "zod";
import { WorkspaceCreationPolicy } from "@/lib/generated/prisma/enums";

/** The instance settings as the operator's form edits them. */
export const updateInstanceSettingsSchema = z.object({
  workspaceCreation: z.enum(WorkspaceCreationPolicy),
  /** Where registration without an invitation lands; null: registration is by invitation only. */
  registrationWorkspaceId: z.uuid("Choose a workspace from the list.").nullable(),
});
export type UpdateInstanceSettingsInput = z.infer<typeof updateInstanceSettingsSchema>;

export const WORKSPACE_CREATION_LABELS: Record<WorkspaceCreationPolicy, { label: string; description: string }> = {
  INSTANCE_OPERATORS: {
    label: "Instance operators only",
    description: "Only the people who run this installation can create workspaces.",
  },
  VERIFIED_USERS: {
    label: "Any verified user",
    description: "Anyone signed in whose email address is verified can create a workspace and becomes its admin.",
  },
};

export const NO_REGISTRATION_WORKSPACE_LABEL = "No registration without invitation";
