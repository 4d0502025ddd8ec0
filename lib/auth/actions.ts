"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { definePublicAction } from "@/lib/action";
import { DomainError } from "@/lib/errors";
import { signIn, signOut } from "./auth";
import { safeCallbackPath } from "./safe-redirect";
import { signInSchema } from "./schemas";
import { signInFailureMessage } from "./sign-in-errors";

const attemptSignIn = definePublicAction(signInSchema, async ({ email, password }) => {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      // Throttled and locked sign-ins name themselves; every other failure reads the same.
      throw new DomainError("SIGN_IN_FAILED", signInFailureMessage(error));
    }
    throw error;
  }
});

export async function signInAction(input: { email: string; password: string; callbackUrl?: string }) {
  const result = await attemptSignIn(input);
  if (!result.ok) return result;
  redirect(safeCallbackPath(input.callbackUrl));
}

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}
