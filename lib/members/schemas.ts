import { z } from "zod";
import { queryText } from "@/lib/url-query";
import { Role } from "@/lib/generated/prisma/enums";

export const MEMBER_PAGE_SIZE = 50;

/**
 * The people page's search and position, from the URL. `after` is the last email shown. The API
 * parses it strictly; the page reads it with parseQueryLeniently, dropping what does not parse.
 */
export const memberFiltersSchema = z.object({
  q: queryText(100),
  after: queryText(254),
});
export type MemberFilters = z.infer<typeof memberFiltersSchema>;

export const changeMemberRoleSchema = z.object({ userId: z.uuid(), role: z.enum(Role) });
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleSchema>;

/** Disabling or enabling a member's account, and forcing a new password, name only the member. */
export const memberTargetSchema = z.object({ userId: z.uuid() });
export type MemberTargetInput = z.infer<typeof memberTargetSchema>;

export const setMemberDisabledSchema = memberTargetSchema.extend({ disabled: z.boolean() });
export type SetMemberDisabledInput = z.infer<typeof setMemberDisabledSchema>;

export const LAST_ADMIN_MESSAGE =
  "This is the workspace's last enabled admin. Make someone else an admin first, so the workspace keeps one.";

export const LAST_ADMIN_LEAVING_MESSAGE =
  "You are this workspace's last admin. Make someone else an admin first, then leave.";

export const ONLY_WORKSPACE_MESSAGE =
  "This is your only workspace: without it you would have nowhere to sign in. Join another workspace first.";

/** Leaving names no one: the actor leaves the workspace they act in. */
export const leaveWorkspaceSchema = z.object({});
