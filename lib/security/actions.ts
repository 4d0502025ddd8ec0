"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { unlockUserSchema } from "./schemas";
import { unlockUser } from "./unlock";

export const unlockUserAction = defineAction(unlockUserSchema, async (input, actor, context) => {
  const result = await unlockUser(actor, input, context);
  revalidatePath("/admin/sign-ins");
  revalidatePath("/admin/users");
  return result;
});
