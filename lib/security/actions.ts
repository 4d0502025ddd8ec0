"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { unlockUserSchema } from "./schemas";
import { unlockUser } from "./unlock";

export const unlockUserAction = defineAction(unlockUserSchema, async (input, actor) => {
  const result = await unlockUser(actor, input, await getRequestContext());
  revalidatePath("/admin/sign-ins");
  revalidatePath("/admin/users");
  return result;
});
