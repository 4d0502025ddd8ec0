"use server";

import { definePublicAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { registerClient, resendVerificationEmail, verifyEmail } from "./mutations";
import { registerSchema, resendVerificationSchema, verifyEmailSchema } from "./schemas";

export const registerClientAction = definePublicAction(registerSchema, async (input) =>
  registerClient(input, await getRequestContext()),
);

export const resendVerificationEmailAction = definePublicAction(resendVerificationSchema, async (input) =>
  resendVerificationEmail(input, await getRequestContext()),
);

export const verifyEmailAction = definePublicAction(verifyEmailSchema, async (input) =>
  verifyEmail(input, await getRequestContext()),
);
