import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { createApiKeySchema, createServiceAccountKeySchema } from "@/lib/api-keys/schemas";
import { API_SCOPES } from "@/lib/api-keys/scopes";

// Service accounts and keys over the API: the admin page's own input schemas, and the shapes
// answered, with examples for the OpenAPI document (openapi.ts checks them against the schemas).

const timestamp = z.iso.datetime({ offset: true });
const scopes = z.array(z.enum(API_SCOPES));

const EXAMPLE_ACCOUNT_ID = "5c7d9e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f";
const EXAMPLE_KEY_ID = "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b";

/** POST /service-accounts: the admin page's form, a service account named after its first key. */
export const createServiceAccountBodySchema = createApiKeySchema;
export const createServiceAccountBodyExample = { name: "Nagios", scopes: ["tickets:read", "tickets:write"], expiresInDays: "90" };

/** POST /api-keys: another key for an existing service account. */
export const createApiKeyBodySchema = createServiceAccountKeySchema;
export const createApiKeyBodyExample = { ...createServiceAccountBodyExample, name: "Nagios (rotated)", serviceAccountId: EXAMPLE_ACCOUNT_ID };

export const apiKeyIdParamsSchema = z.object({ id: z.uuid().describe("The key's id, from GET /api-keys.") });

export const serviceAccountSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.enum(Role),
  /** Keys neither revoked nor expired. */
  activeKeys: z.int(),
  createdAt: timestamp,
});
export const serviceAccountListSchema = z.object({ data: z.array(serviceAccountSchema) }).meta({
  examples: [{ data: [{ id: EXAMPLE_ACCOUNT_ID, name: "Nagios", role: "AGENT", activeKeys: 1, createdAt: "2026-11-24T09:30:00.000Z" }] }],
});

export const apiKeySchema = z.object({
  id: z.uuid(),
  serviceAccountId: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes,
  expiresAt: timestamp.nullable(),
  lastUsedAt: timestamp.nullable(),
  lastUsedIp: z.string().nullable(),
  revokedAt: timestamp.nullable(),
  createdAt: timestamp,
  createdBy: z.object({ name: z.string() }),
});
export const apiKeyListSchema = z.object({ data: z.array(apiKeySchema) }).meta({
  examples: [
    {
      data: [
        {
          id: EXAMPLE_KEY_ID,
          serviceAccountId: EXAMPLE_ACCOUNT_ID,
          name: "Nagios",
          prefix: "trg_AbCd1234",
          scopes: ["tickets:read", "tickets:write"],
          expiresAt: "2027-02-22T09:30:00.000Z",
          lastUsedAt: "2026-11-25T07:12:03.000Z",
          lastUsedIp: "203.0.113.9",
          revokedAt: null,
          createdAt: "2026-11-24T09:30:00.000Z",
          createdBy: { name: "Ada Lovelace" },
        },
      ],
    },
  ],
});

/** A key just created: the only answer that ever carries its token. */
export const createdApiKeySchema = z
  .object({ id: z.uuid(), serviceAccountId: z.uuid(), name: z.string(), prefix: z.string(), token: z.string(), scopes, expiresAt: timestamp.nullable() })
  .meta({
    examples: [
      {
        id: EXAMPLE_KEY_ID,
        serviceAccountId: EXAMPLE_ACCOUNT_ID,
        name: "Nagios",
        prefix: "trg_AbCd1234",
        token: "trg_AbCd1234_0123456789abcdefghijABCDEFGHIJ0123456789abc",
        scopes: ["tickets:read", "tickets:write"],
        expiresAt: "2027-02-22T09:30:00.000Z",
      },
    ],
  });

export const createdServiceAccountSchema = z.object({
  serviceAccount: serviceAccountSchema,
  key: createdApiKeySchema,
});

export const revokedApiKeySchema = z.object({
  id: z.uuid(),
  /** False when the key had been revoked already: revoking is idempotent. */
  revoked: z.boolean(),
});
