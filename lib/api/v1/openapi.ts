import { z } from "zod";
import { API_ERROR_STATUS, type ApiErrorCode } from "../errors";
import { API_OPERATIONS, type ApiOperationSpec } from "./operations";
import { DESCRIPTION, ERROR_MEANINGS, TAG_DESCRIPTIONS } from "./openapi-prose";
import * as i from "./incident-schemas";
import * as w from "./incident-work-schemas";
import * as k from "./key-schemas";
import * as s from "./schemas";
import * as t from "./token-schemas";

// The OpenAPI 3.1 document of /api/v1, generated from API_OPERATIONS and the zod schemas the
// handlers validate with, so it describes what the code does. /api/v1/openapi.json serves it,
// /api/docs renders it, and the API's tests validate real responses against it.

export type JsonSchema = { [keyword: string]: unknown };
export type OpenApiParameter = {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
  schema: JsonSchema;
  style?: "form";
  explode?: boolean;
  example?: string;
};
export type OpenApiResponse = {
  description: string;
  headers: Record<string, { $ref: string }>;
  content?: { "application/json": { schema: { $ref: string } } };
};
export type OpenApiOperation = {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  "x-required-scope"?: string;
  security?: Record<string, string[]>[];
  parameters?: OpenApiParameter[];
  requestBody?: { required: true; content: { "application/json": { schema: { $ref: string }; example?: unknown } } };
  responses: Record<string, OpenApiResponse>;
};
export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    securitySchemes: Record<string, { type: "http"; scheme: "bearer"; description: string } | { type: "apiKey"; in: "header"; name: string; description: string }>;
    headers: Record<string, { description: string; schema: JsonSchema }>;
    schemas: Record<string, JsonSchema>;
  };
};


/** Names of response schemas in components/schemas; nested ones are listed so lists $ref them. */
const RESPONSE_SCHEMA_NAMES = new Map<z.ZodType, string>([
  [s.ticketSummarySchema, "TicketSummary"], [s.ticketListSchema, "TicketList"], [s.ticketSchema, "Ticket"],
  [s.commentSchema, "Comment"], [s.commentListSchema, "CommentList"], [s.categoryListSchema, "CategoryList"],
  [s.userSchema, "User"], [s.userListSchema, "UserList"], [s.auditEntrySchema, "AuditEntry"], [s.auditLogListSchema, "AuditLogList"],
  [k.serviceAccountSchema, "ServiceAccount"], [k.serviceAccountListSchema, "ServiceAccountList"], [k.apiKeySchema, "ApiKey"],
  [k.apiKeyListSchema, "ApiKeyList"], [k.createdApiKeySchema, "CreatedApiKey"], [k.createdServiceAccountSchema, "CreatedServiceAccount"],
  [k.revokedApiKeySchema, "RevokedApiKey"], [t.createdTokenSchema, "CreatedToken"],
  [i.incidentSummarySchema, "IncidentSummary"], [i.incidentListSchema, "IncidentList"], [i.incidentSchema, "Incident"],
  [i.timelineEventSchema, "TimelineEvent"], [i.timelineSchema, "Timeline"], [i.incidentTicketLinkSchema, "IncidentTicketLink"],
  [w.taskSchema, "IncidentTask"], [w.taskListSchema, "IncidentTaskList"], [w.statusUpdateSchema, "StatusUpdate"],
  [w.statusUpdateListSchema, "StatusUpdateList"], [w.postedStatusUpdateSchema, "PostedStatusUpdate"],
  [s.meSchema, "Me"], [s.workspaceListSchema, "WorkspaceList"], [s.usageSchema, "Usage"], [s.errorSchema, "Error"],
]);

const RESPONSE_HEADERS: OpenApiDocument["components"]["headers"] = {
  Location: { description: "The URL of the record (the one created, or the ticket merged into).", schema: { type: "string" } },
  ETag: { description: 'The ticket\'s or incident\'s version, such as `"3"`; send it back as `If-Match`.', schema: { type: "string" } },
  "X-RateLimit-Limit": { description: "Requests the key may make per minute.", schema: { type: "integer" } },
  "X-RateLimit-Remaining": { description: "Requests left in the current minute.", schema: { type: "integer" } },
  "X-RateLimit-Reset": { description: "Seconds until the current minute's window ends.", schema: { type: "integer" } },
  "X-Trace-Id": { description: "This request's id; quote it when reporting a problem.", schema: { type: "string", format: "uuid" } },
  "Retry-After": { description: "Seconds to wait before retrying.", schema: { type: "integer" } },
};
const HEADERS_ON_EVERY_RESPONSE = ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-Trace-Id"];

// Zod writes its own validation regex beside these formats; the format says the same, readably.
const FORMATS_WITHOUT_PATTERN = new Set(["uuid", "date", "date-time", "email"]);

/** The schema without what does not belong inside an OpenAPI document or only adds noise. */
function cleanSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleanSchema);
  if (typeof value !== "object" || value === null) return value;
  const schema = value as JsonSchema;
  const hasImpliedPattern = typeof schema.format === "string" && FORMATS_WITHOUT_PATTERN.has(schema.format);
  const entries = Object.entries(schema).filter(([keyword, inner]) => {
    // Each component is embedded in the document, which sets the dialect and locates it.
    if (keyword === "$schema" || keyword === "$id") return false;
    if (keyword === "pattern" && hasImpliedPattern) return false;
    // z.int() bounds itself to the safe integers; every JSON number a client sends fits anyway.
    return !((keyword === "minimum" || keyword === "maximum") && Math.abs(Number(inner)) === Number.MAX_SAFE_INTEGER);
  });
  return Object.fromEntries(entries.map(([keyword, inner]) => [keyword, cleanSchema(inner)]));
}

/**
 * The input side of a normalising pipe (`z.string().transform(strip).pipe(rules)`) is a bare
 * string; the rules still bind what clients send, so they are copied onto it when the types agree.
 */
function documentPipeRules(context: { zodSchema: unknown; jsonSchema: JsonSchema }) {
  const def = (context.zodSchema as z.ZodType)._zod.def;
  if (def.type !== "pipe") return;
  const rules: JsonSchema = z.toJSONSchema((def as z.core.$ZodPipeDef).out, { target: "draft-2020-12", io: "output", unrepresentable: "any" });
  if (rules.type === undefined || rules.type !== context.jsonSchema.type) return;
  for (const [keyword, value] of Object.entries(rules)) if (keyword !== "$schema" && !(keyword in context.jsonSchema)) context.jsonSchema[keyword] = value;
}

const conversion = (io: "input" | "output") =>
  ({ target: "draft-2020-12", io, unrepresentable: "any", ...(io === "input" && { override: documentPipeRules }) }) as const;

function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  return cleanSchema(z.toJSONSchema(schema, conversion(io))) as JsonSchema;
}

/** Named schemas converted together, so one that contains another refers to it by $ref. */
function componentSchemas(named: Map<z.ZodType, string>, io: "input" | "output"): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of named) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { ...conversion(io), uri: (id) => `#/components/schemas/${id}` });
  return cleanSchema(schemas) as Record<string, JsonSchema>;
}

const pascalCase = (operationId: string) => operationId[0]!.toUpperCase() + operationId.slice(1);
const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const responseSchemaName = (operation: ApiOperationSpec, schema: z.ZodType) =>
  RESPONSE_SCHEMA_NAMES.get(schema) ?? `${pascalCase(operation.operationId)}Response`;

/** One parameter per property of an object schema; requests are described as clients send them. */
function parametersOf(schema: z.ZodType | undefined, location: "path" | "query"): OpenApiParameter[] {
  if (!schema) return [];
  const { properties = {}, required = [] } = toSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, { description, ...propertySchema }]) => ({
    name,
    in: location,
    required: location === "path" || required.includes(name),
    ...(typeof description === "string" && { description }),
    schema: propertySchema,
    // Repeated keys (?status=NEW&status=OPEN) are how readQuery receives a list.
    ...(propertySchema.type === "array" && { style: "form" as const, explode: true }),
  }));
}

function headerParameters(operation: ApiOperationSpec): OpenApiParameter[] {
  return (operation.requestHeaders ?? []).map((name) =>
    name === "Idempotency-Key"
      ? {
          name,
          in: "header",
          required: false,
          description: "Any printable text up to 200 characters; a retry with the same key and body returns the first result instead of repeating the write, and the same key with a different body is a 422.",
          schema: toSchema(s.idempotencyKeySchema, "input"),
        }
      : {
          name,
          in: "header",
          required: true,
          description: "The ETag of the version the change is based on; without it the answer is 428, with an outdated one 409.",
          schema: { type: "string" },
          example: '"3"',
        },
  );
}

function headerRefs(names: string[]): OpenApiResponse["headers"] {
  return Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
}

/**
 * What any key may be answered, whatever the operation: its key, its rate limit, or a database
 * that cannot serve now. The token exchange answers the same codes for the member it signs in.
 */
const ERRORS_OF_EVERY_OPERATION: ApiErrorCode[] = ["UNAUTHENTICATED", "TWO_FACTOR_ENROLMENT_REQUIRED", "RATE_LIMITED", "UNAVAILABLE"];

/**
 * A 401 had no valid key to count against, and a 503 may come before the key could be checked,
 * so neither carries rate-limit headers; a 429 or 503 says when to retry.
 */
function errorHeaders(status: number, isPublic: boolean): string[] {
  if (isPublic) return status === 429 || status === 503 || status === 403 ? ["X-Trace-Id", "Retry-After"] : ["X-Trace-Id"];
  if (status === 401) return ["X-Trace-Id"];
  if (status === 503) return ["X-Trace-Id", "Retry-After"];
  return status === 429 ? [...HEADERS_ON_EVERY_RESPONSE, "Retry-After"] : HEADERS_ON_EVERY_RESPONSE;
}

function errorResponses(operation: ApiOperationSpec): Record<string, OpenApiResponse> {
  const codesByStatus = new Map<number, ApiErrorCode[]>();
  for (const code of [...ERRORS_OF_EVERY_OPERATION, ...operation.errors]) {
    const status = API_ERROR_STATUS[code];
    codesByStatus.set(status, [...(codesByStatus.get(status) ?? []), code]);
  }
  const responses = [...codesByStatus].map(([status, codes]): [string, OpenApiResponse] => [
    String(status),
    {
      description: codes.map((code) => `\`${code}\`: ${ERROR_MEANINGS[code]}`).join(" "),
      headers: headerRefs(errorHeaders(status, operation.isPublic === true)),
      content: { "application/json": { schema: schemaRef("Error") } },
    },
  ]);
  return Object.fromEntries(responses);
}

function operationObject(operation: ApiOperationSpec): OpenApiOperation {
  const parameters = [...parametersOf(operation.pathParams, "path"), ...parametersOf(operation.query, "query"), ...headerParameters(operation)];
  const successes = Object.entries(operation.responses).map(([status, response]): [string, OpenApiResponse] => [
    status,
    {
      description: response.description,
      headers: headerRefs([...(response.headers ?? []), ...(operation.isPublic ? ["X-Trace-Id"] : HEADERS_ON_EVERY_RESPONSE)]),
      ...(response.schema && { content: { "application/json": { schema: schemaRef(responseSchemaName(operation, response.schema)) } } }),
    },
  ]);
  const scopeSentence = operation.isPublic ? "Takes no key." : operation.scope ? `Requires the \`${operation.scope}\` scope.` : "Any valid key may call it.";
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: `${operation.description}\n\n${scopeSentence}`,
    tags: [operation.tag],
    ...(operation.scope && { "x-required-scope": operation.scope }),
    ...(operation.isPublic && { security: [] }),
    ...(parameters.length > 0 && { parameters }),
    ...(operation.body && {
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: schemaRef(`${pascalCase(operation.operationId)}Body`),
            ...(operation.bodyExample !== undefined && { example: operation.bodyExample }),
          },
        },
      },
    }),
    responses: { ...Object.fromEntries(successes), ...errorResponses(operation) },
  };
}


/** The OpenAPI 3.1 document of /api/v1 as served from `serverUrl`; the same every build. */
export function buildOpenApiDocument(options: { serverUrl: string }): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  for (const operation of API_OPERATIONS) paths[operation.path] = { ...paths[operation.path], [operation.method]: operationObject(operation) };

  const responseSchemas = new Map(RESPONSE_SCHEMA_NAMES);
  const bodySchemas = new Map<z.ZodType, string>();
  for (const operation of API_OPERATIONS) {
    if (operation.body) bodySchemas.set(operation.body, `${pascalCase(operation.operationId)}Body`);
    for (const { schema } of Object.values(operation.responses)) if (schema) responseSchemas.set(schema, responseSchemaName(operation, schema));
  }
  const schemas = { ...componentSchemas(responseSchemas, "output"), ...componentSchemas(bodySchemas, "input") };

  return {
    openapi: "3.1.0",
    info: { title: "Triage API", version: "1.0.0", description: DESCRIPTION, license: { name: "MIT", identifier: "MIT" } },
    servers: [{ url: `${options.serverUrl}/api/v1` }],
    // Either header will do (alternatives, not both): tools that cannot send Bearer send X-API-Key.
    security: [{ bearerKey: [] }, { apiKeyHeader: [] }],
    tags: [...new Set(API_OPERATIONS.map((operation) => operation.tag))].map((name) => ({ name, description: TAG_DESCRIPTIONS[name] })),
    paths,
    components: {
      securitySchemes: {
        bearerKey: {
          type: "http",
          scheme: "bearer",
          description: "An API key or personal access token, `trg_<8 characters>_<43 characters>` (base62), shown once when it is created. The first part identifies the key in lists.",
        },
        apiKeyHeader: {
          type: "apiKey",
          in: "header",
          name: "X-API-Key",
          description: "The same key as `X-API-Key: trg_…`, for tools that cannot send a bearer token. Sent together with `Authorization: Bearer`, both must carry the same key (else 401).",
        },
      },
      headers: RESPONSE_HEADERS,
      schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))),
    },
  };
}
