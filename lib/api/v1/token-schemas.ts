import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
import { API_SCOPES } from "@/lib/api-keys/scopes";
import { signInSchema } from "@/lib/sign-in/schemas";
import { currentCodeSchema } from "@/lib/two-factor/schemas";
import { workspaceRefSchema } from "./schemas";

// POST /auth/token: the sign-in form's fields plus what the token is for. Strict, so a mistyped
// field ("totp") is a 422 naming it rather than a sign-in that silently lacks its code.

/** How long a token from the exchange works: long enough for a script's run, short if it leaks. */
export const SIGN_IN_TOKEN_LIFETIME_SECONDS = 60 * 60;

export const createTokenBodySchema = z.strictObject({
    ...signInSchema.pick({ email: true, password: true }).shape,
    code: currentCodeSchema.optional().describe("When the account has two-factor: the current 6-digit code from the app, or an unused recovery code."),
    scopes: createApiKeySchema.shape.scopes,
    // URL-safe characters only: that is all a slug in /w/<slug>/ holds, and nothing else (a NUL,
    // say) should reach a query.
    workspace: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._~-]{1,100}$/, "Name the workspace by its slug, as in its address (/w/<slug>/…).")
      .optional()
      .describe("The slug of the workspace the token is for; the member's first workspace without it."),
    name: createApiKeySchema.shape.name.default("API sign-in").describe("Shown with the token in Account settings."),
  });
export const createTokenBodyExample = { email: "ada@acme.test", password: "correct horse battery staple", code: "492039", scopes: ["tickets:read", "tickets:write"], workspace: "acme-it" };
export type CreateTokenBody = z.output<typeof createTokenBodySchema>;

export const createdTokenSchema = z
  .object({
    token: z.string(),
    id: z.uuid(),
    prefix: z.string(),
    scopes: z.array(z.enum(API_SCOPES)),
    expiresAt: z.iso.datetime({ offset: true }),
    user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
    workspace: workspaceRefSchema,
    role: z.enum(Role),
  })
  .meta({
    examples: [
      {
        token: "trg_AbCd1234_0123456789abcdefghijABCDEFGHIJ0123456789abc",
        id: "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
        prefix: "trg_AbCd1234",
        scopes: ["tickets:read", "tickets:write"],
        expiresAt: "2026-11-24T10:30:00.000Z",
        user: { id: "0b8f9a52-3c1d-4e6f-8a7b-9c0d1e2f3a4b", name: "Ada Lovelace", email: "ada@acme.test" },
        workspace: { id: "6f1c1f3e-8a52-4b8e-9a39-0c9d6a0b6d11", name: "Acme IT", slug: "acme-it" },
        role: "AGENT",
      },
    ],
  });
