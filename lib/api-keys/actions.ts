"use server";

import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { defineAction } from "@/lib/action";
import { createPersonalToken, createServiceKey, revokeApiKey } from "./mutations";
import { createApiKeySchema, revokeApiKeySchema } from "./schemas";

const ADMIN_API_KEYS_PATH = "/admin/api-keys";
const ACCOUNT_PATH = "/account";

// The client gets only what it shows once; the key's id is of no use to it.
export const createServiceKeyAction = defineAction(createApiKeySchema, async (input, actor, context) => {
  const { prefix, token } = await createServiceKey(actor, input, context);
  revalidateWorkspacePaths(actor, ADMIN_API_KEYS_PATH);
  return { prefix, token };
});

export const createPersonalTokenAction = defineAction(createApiKeySchema, async (input, actor, context) => {
  const { prefix, token } = await createPersonalToken(actor, input, context);
  revalidateWorkspacePaths(actor, ACCOUNT_PATH);
  return { prefix, token };
});

// The key is listed on the admin page (a service key) or in account settings (a personal token).
export const revokeApiKeyAction = defineAction(revokeApiKeySchema, async (input, actor, context) => {
  const result = await revokeApiKey(actor, input, context);
  revalidateWorkspacePaths(actor, ADMIN_API_KEYS_PATH);
  revalidateWorkspacePaths(actor, ACCOUNT_PATH);
  return result;
});
