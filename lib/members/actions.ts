"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { changeMemberRole, forcePasswordReset, setMemberDisabled } from "./mutations";
import { changeMemberRoleSchema, memberTargetSchema, setMemberDisabledSchema } from "./schemas";

export const changeMemberRoleAction = defineAction(changeMemberRoleSchema, async (input, actor) => {
  const result = await changeMemberRole(actor, input, await getRequestContext());
  revalidatePath("/admin/users");
  return result;
});

export const setMemberDisabledAction = defineAction(setMemberDisabledSchema, async (input, actor) => {
  const result = await setMemberDisabled(actor, input, await getRequestContext());
  revalidatePath("/admin/users");
  return result;
});

export const forcePasswordResetAction = defineAction(memberTargetSchema, async (input, actor) => {
  await forcePasswordReset(actor, input, await getRequestContext());
  revalidatePath("/admin/users");
});
