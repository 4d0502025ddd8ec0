"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { changeMemberRole } from "./mutations";
import { changeMemberRoleSchema } from "./schemas";

export const changeMemberRoleAction = defineAction(changeMemberRoleSchema, async (input, actor) => {
  const result = await changeMemberRole(actor, input, await getRequestContext());
  revalidatePath("/admin/users");
  return result;
});
