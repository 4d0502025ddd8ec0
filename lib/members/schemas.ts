import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";

export const MEMBER_PAGE_SIZE = 50;

// The URL is user input: a filter that does not parse is dropped rather than failing the page.
const optionalText = (max: number) =>
  z.string().trim().max(max).optional().catch(undefined).transform((value) => value || undefined);

/** The people page's search and position, from the URL. `after` is the last email shown. */
export const memberFiltersSchema = z.object({
  q: optionalText(100),
  after: optionalText(254),
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
