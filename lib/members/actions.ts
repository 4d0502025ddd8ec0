"use server";

import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { defineAction } from "@/lib/action";
import { changeMemberRole, forcePasswordReset, setMemberDisabled } from "./mutations";
import { changeMemberRoleSchema, memberTargetSchema, setMemberDisabledSchema } from "./schemas";

export const changeMemberRoleAction = defineAction(changeMemberRoleSchema, async (input, actor, context) => {
  const result = await changeMemberRole(actor, input, context);
  revalidateWorkspacePaths(actor, "/admin/users");
  return result;
});

export const setMemberDisabledAction = defineAction(setMemberDisabledSchema, async (input, actor, context) => {
  const result = await setMemberDisabled(actor, input, context);
  revalidateWorkspacePaths(actor, "/admin/users");
  return result;
});

export const forcePasswordResetAction = defineAction(memberTargetSchema, async (input, actor, context) => {
  await forcePasswordReset(actor, input, context);
  revalidateWorkspacePaths(actor, "/admin/users");
});
