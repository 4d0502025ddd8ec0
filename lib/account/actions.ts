"use server";

import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { signIn, signOut } from "@/lib/auth/auth";
import { changePassword, revokeAllSessions } from "./mutations";
import { changePasswordSchema } from "./schemas";

export const changePasswordAction = defineAction(changePasswordSchema, async (input, actor, context) => {
  await changePassword(actor, input, context);
  // The change ended every session, this one too: sign this browser in again with the new
  // password. Should that sign-in be refused (throttled), the user signs in by hand.
  const isSignedInAgain = await signIn("credentials", {
    email: actor.email,
    password: input.newPassword,
    redirect: false,
  }).then(
    () => true,
    (error: unknown) => {
      if (error instanceof CredentialsSignin) return false;
      throw error;
    },
  );
  return { isSignedInAgain };
});

export const signOutEverywhereAction = defineAction(z.object({}), async (_input, actor, context) => {
  await revokeAllSessions(actor, context);
  await signOut({ redirectTo: "/sign-in" });
});
