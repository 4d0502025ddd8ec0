"use server";

import { after } from "next/server";
import { definePublicAction } from "@/lib/action";
import { requestPasswordReset, resetPassword } from "./mutations";
import { requestPasswordResetSchema, resetPasswordSchema } from "./schemas";

export const requestPasswordResetAction = definePublicAction(requestPasswordResetSchema, async (input, context) =>
  requestPasswordReset(input, context, after),
);

export const resetPasswordAction = definePublicAction(resetPasswordSchema, async (input, context) =>
  resetPassword(input, context),
);
