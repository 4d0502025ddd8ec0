"use server";

import { after } from "next/server";
import { definePublicAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { requestPasswordReset, resetPassword } from "./mutations";
import { requestPasswordResetSchema, resetPasswordSchema } from "./schemas";

export const requestPasswordResetAction = definePublicAction(requestPasswordResetSchema, async (input) =>
  requestPasswordReset(input, await getRequestContext(), after),
);

export const resetPasswordAction = definePublicAction(resetPasswordSchema, async (input) =>
  resetPassword(input, await getRequestContext()),
);
