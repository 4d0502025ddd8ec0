"use server";

import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { defineAction } from "@/lib/action";
import { unlockUserSchema } from "./schemas";
import { unlockUser } from "./unlock";

export const unlockUserAction = defineAction(unlockUserSchema, async (input, actor, context) => {
  const result = await unlockUser(actor, input, context);
  revalidateWorkspacePaths(actor, "/admin/sign-ins");
  revalidateWorkspacePaths(actor, "/admin/users");
  return result;
});
