"use server";

import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { defineAction } from "@/lib/action";
import { firstWorkspaceLandingPath } from "./first-workspace";
import { changeMemberRole, forcePasswordReset, leaveWorkspace, removeMember, setMemberDisabled } from "./mutations";
import { changeMemberRoleSchema, leaveWorkspaceSchema, memberTargetSchema, setMemberDisabledSchema } from "./schemas";

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

export const removeMemberAction = defineAction(memberTargetSchema, async (input, actor, context) => {
  const result = await removeMember(actor, input, context);
  revalidateWorkspacePaths(actor, "/admin/users");
  return result;
});

/** Leaves the actor's workspace and answers where to go next: another of their workspaces. */
export const leaveWorkspaceAction = defineAction(leaveWorkspaceSchema, async (_input, actor, context) => {
  await leaveWorkspace(actor, context);
  return { next: await firstWorkspaceLandingPath(actor.userId) };
});
