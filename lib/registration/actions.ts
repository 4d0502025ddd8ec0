"use server";

import { definePublicAction } from "@/lib/action";
import { registerClient, resendVerificationEmail, verifyEmail } from "./mutations";
import { registerSchema, resendVerificationSchema, verifyEmailSchema } from "./schemas";

export const registerClientAction = definePublicAction(registerSchema, async (input, context) =>
  registerClient(input, context),
);

export const resendVerificationEmailAction = definePublicAction(resendVerificationSchema, async (input, context) =>
  resendVerificationEmail(input, context),
);

export const verifyEmailAction = definePublicAction(verifyEmailSchema, async (input, context) =>
  verifyEmail(input, context),
);
