"use server";

import { CredentialsSignin } from "next-auth";
import type { Actor } from "@/lib/auth/actor";
import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { signIn } from "@/lib/auth/auth";
import {
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  regenerateRecoveryCodes,
  resetTwoFactor,
  startTwoFactorEnrolment,
} from "./mutations";
import {
  confirmTwoFactorEnrolmentSchema,
  disableTwoFactorSchema,
  regenerateRecoveryCodesSchema,
  resetTwoFactorSchema,
} from "./schemas";

const duringEnrolment = { allowDuringTwoFactorEnrolment: true };

function revalidateAccount(actor: Actor) {
  revalidateWorkspacePaths(actor, "/account", "/account/two-factor");
}

export const startTwoFactorEnrolmentAction = defineAction(
  z.object({}),
  async (_input, actor) => {
    await startTwoFactorEnrolment(actor);
    revalidateAccount(actor);
  },
  duringEnrolment,
);

// No revalidation here: the recovery codes are shown by the form until the user has saved them.
export const confirmTwoFactorEnrolmentAction = defineAction(
  confirmTwoFactorEnrolmentSchema,
  async (input, actor, context) => confirmTwoFactorEnrolment(actor, input, context),
  duringEnrolment,
);

export const regenerateRecoveryCodesAction = defineAction(regenerateRecoveryCodesSchema, async (input, actor, context) =>
  regenerateRecoveryCodes(actor, input, context),
);

export const disableTwoFactorAction = defineAction(disableTwoFactorSchema, async (input, actor, context) => {
  await disableTwoFactor(actor, input, context);
  revalidateAccount(actor);
  // Turning it off ended every session, this one too: sign this browser in again with the
  // password just checked, as a password change does. If refused (throttled), the user signs in by hand.
  const isSignedInAgain = await signIn("credentials", { email: actor.email, password: input.password, redirect: false }).then(
    () => true,
    (error: unknown) => {
      if (error instanceof CredentialsSignin) return false;
      throw error;
    },
  );
  return { isSignedInAgain };
});

export const resetTwoFactorAction = defineAction(resetTwoFactorSchema, async ({ userId }, actor, context) => {
  await resetTwoFactor(actor, userId, context);
  revalidateWorkspacePaths(actor, "/admin/users");
});
