import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Workspaces not being deleted. From the moment an admin deletes one, its sessions, keys and
 * sign-ins end (the background removal of its rows takes a while): every read that leads into a
 * workspace filters with this.
 */
export const liveWorkspaceWhere = { deletionRequestedAt: null } satisfies Prisma.WorkspaceWhereInput;
