"use server";

import { revalidatePath } from "next/cache";
import { defineAction, definePublicAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { acceptInvitation, inviteMember, resendInvitation } from "./mutations";
import { acceptInvitationSchema, inviteMemberSchema, resendInvitationSchema } from "./schemas";

export const inviteMemberAction = defineAction(inviteMemberSchema, async (input, actor) => {
  const result = await inviteMember(actor, input, await getRequestContext());
  revalidatePath("/admin/users");
  return result;
});

export const resendInvitationAction = defineAction(resendInvitationSchema, async (input, actor) => {
  await resendInvitation(actor, input, await getRequestContext());
  revalidatePath("/admin/users");
});

export const acceptInvitationAction = definePublicAction(acceptInvitationSchema, async (input) =>
  acceptInvitation(input, await getRequestContext()),
);
