import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, type JsonSchema } from "./openapi";
import { responseValidator } from "./response-validator";
import { API_OPERATIONS } from "./operations";

const document = buildOpenApiDocument({ serverUrl: "https://help.triage.test" });
const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));

/** Every $ref in the document, with the path it was found at. */
function collectRefs(value: unknown, at = "#"): { ref: string; at: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => collectRefs(item, `${at}/${index}`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "$ref" && typeof inner === "string" ? [{ ref: inner, at }] : collectRefs(inner, `${at}/${key}`),
  );
}

function resolvePointer(ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], document);
}

const validTicket = {
  number: 1042,
  title: "Printer on fire",
  description: "Smoke from the second floor printer.",
  kind: "INCIDENT",
  status: "OPEN",
  priority: "URGENT",
  category: { id: "6f1c1f3e-8a52-4b8e-9a39-0c9d6a0b6d11", name: "Hardware" },
  requester: { id: "0b8f9a52-3c1d-4e6f-8a7b-9c0d1e2f3a4b", name: "Ada", email: "ada@triage.test" },
  assignee: null,
  createdAt: "2026-05-01T09:30:00.000Z",
  updatedAt: "2026-05-01T09:45:00+02:00",
  dueAt: null,
  firstResponseAt: null,
  firstResponseDueAt: "2026-05-01T10:30:00.000Z",
  resolvedAt: null,
  closedAt: null,
  version: 3,
};

/** The components under $defs of one schema (ajv cannot load an OpenAPI document as a schema). */
function componentsValidator() {
  const ajv = new Ajv2020({ strict: true });
  addFormats(ajv);
  const defs = JSON.parse(JSON.stringify(document.components.schemas).replaceAll("#/components/schemas/", "#/$defs/")) as Record<string, JsonSchema>;
  ajv.addSchema({ $id: "https://help.triage.test/schemas", $defs: defs });
  return { ajv, defs };
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 served under the given origin's /api/v1", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info).toMatchObject({ title: "Triage API", version: "1.0.0" });
    expect(document.servers).toEqual([{ url: "https://help.triage.test/api/v1" }]);
    expect(document.security).toEqual([{ bearerKey: [] }, { apiKeyHeader: [] }]);
    expect(document.components.securitySchemes.bearerKey).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.components.securitySchemes.apiKeyHeader).toMatchObject({ type: "apiKey", in: "header", name: "X-API-Key" });
  });

  it("describes every operation at its method and path, with its scope", () => {
    for (const operation of API_OPERATIONS) {
      const described = document.paths[operation.path]?.[operation.method];
      expect(described?.operationId, `${operation.method} ${operation.path}`).toBe(operation.operationId);
      expect(described?.["x-required-scope"]).toBe(operation.scope ?? undefined);
    }
    expect(operations).toHaveLength(API_OPERATIONS.length);
  });

  it("gives every operation a 401, a 403 for a token whose owner must enrol in two-factor and a 429 with Retry-After, in the shared error shape", () => {
    for (const operation of operations) {
      expect(operation.responses["403"]?.description, operation.operationId).toContain("TWO_FACTOR_ENROLMENT_REQUIRED");
      for (const status of ["401", "403", "429"]) {
        expect(operation.responses[status]?.content?.["application/json"].schema, `${operation.operationId} ${status}`).toEqual({
          $ref: "#/components/schemas/Error",
        });
      }
      expect(operation.responses["429"]?.headers["Retry-After"]).toBeDefined();
    }
  });

  it("documents each error code an operation may answer with under its status", () => {
    const update = document.paths["/tickets/{number}"]?.patch;
    expect(Object.keys(update?.responses ?? {})).toEqual(["200", "400", "401", "403", "404", "409", "422", "428", "429", "503"]);
    expect(update?.responses["429"]?.description).toContain("QUOTA_EXCEEDED");
    expect(update?.responses["503"]?.description).toContain("UNAVAILABLE");
    expect(Object.keys(update?.responses["503"]?.headers ?? {})).toContain("Retry-After");
  });

  it("puts the rate-limit headers on every response to a valid key, and the trace header on every response", () => {
    const keyed = operations.filter((operation) => operation.security === undefined);
    for (const [status, response] of keyed.flatMap((operation) => Object.entries(operation.responses))) {
      // A 401 had no valid key to count the request against; a 503 may come before the key was checked.
      const isUncounted = status === "401" || status === "503";
      const expected = isUncounted ? ["X-Trace-Id"] : ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-Trace-Id"];
      expect(Object.keys(response.headers).sort(), status).toEqual(expect.arrayContaining(expected));
      if (isUncounted) expect(Object.keys(response.headers).filter((name) => name.startsWith("X-RateLimit"))).toEqual([]);
    }
  });

  it("gives request body examples that the operation's own schema accepts", () => {
    const withExample = API_OPERATIONS.filter((operation) => operation.bodyExample !== undefined);
    expect(withExample.map(({ operationId }) => operationId)).toEqual(expect.arrayContaining(["createServiceAccount", "createApiKey", "createToken"]));
    for (const operation of withExample) {
      expect(operation.body?.safeParse(operation.bodyExample).success, operation.operationId).toBe(true);
      expect(document.paths[operation.path]?.[operation.method]?.requestBody?.content["application/json"].example).toEqual(operation.bodyExample);
    }
  });

  it("lets the token exchange be called without a key, with the trace header and no rate-limit headers", () => {
    const exchange = document.paths["/auth/token"]?.post;
    expect(exchange?.security).toEqual([]);
    expect(exchange?.description).toContain("Takes no key.");
    for (const [status, response] of Object.entries(exchange?.responses ?? {})) {
      expect(Object.keys(response.headers), status).toContain("X-Trace-Id");
      expect(Object.keys(response.headers).filter((name) => name.startsWith("X-RateLimit")), status).toEqual([]);
    }
    expect(Object.keys(exchange?.responses["429"]?.headers ?? {})).toContain("Retry-After");
    expect(exchange?.responses["429"]?.description).toContain("CAPTCHA_REQUIRED");
  });

  it("needs If-Match on the PATCH and offers Idempotency-Key on creates", () => {
    const headerOf = (operationId: string, name: string) =>
      operations.find((operation) => operation.operationId === operationId)?.parameters?.find((parameter) => parameter.name === name);
    expect(headerOf("updateTicket", "If-Match")).toMatchObject({ in: "header", required: true });
    expect(headerOf("createTicket", "Idempotency-Key")).toMatchObject({ in: "header", required: false, schema: { maxLength: 200 } });
    expect(headerOf("updateIncident", "If-Match")).toMatchObject({ in: "header", required: true });
  });

  it("describes the incident operations under their scopes, unlinking as a DELETE", () => {
    expect(document.paths["/incidents/{number}/tickets/{ticketNumber}"]?.delete).toMatchObject({ operationId: "unlinkIncidentTicket", "x-required-scope": "incidents:write" });
    expect(document.paths["/incidents"]?.get?.["x-required-scope"]).toBe("incidents:read");
    expect(Object.keys(document.paths["/incidents/{number}"]?.patch?.responses ?? {})).toEqual(["200", "400", "401", "403", "404", "409", "422", "428", "429", "503"]);
    expect(document.paths["/incidents/{number}/tickets/{ticketNumber}"]?.post?.parameters?.map((parameter) => parameter.name)).toEqual(["number", "ticketNumber"]);
  });

  it("sends list filters as one query parameter each, repeated keys for lists", () => {
    const parameters = document.paths["/tickets"]?.get?.parameters ?? [];
    expect(parameters.find((parameter) => parameter.name === "status")).toMatchObject({ in: "query", style: "form", explode: true });
    expect(parameters.find((parameter) => parameter.name === "limit")?.schema).toMatchObject({ type: "integer", default: 25, maximum: 100 });
  });

  it("resolves every $ref", () => {
    const refs = collectRefs(document);
    expect(refs.length).toBeGreaterThan(0);
    for (const { ref, at } of refs) expect(resolvePointer(ref), `${ref} at ${at}`).toBeDefined();
  });

  it("embeds no $schema or $id, which only a standalone schema may carry", () => {
    const text = JSON.stringify(document.components.schemas);
    expect(text).not.toContain('"$schema"');
    expect(text).not.toContain('"$id"');
  });

  it("compiles every component schema, request bodies included, as strict JSON Schema 2020-12", () => {
    const { ajv, defs } = componentsValidator();
    for (const name of Object.keys(defs)) {
      expect(() => ajv.compile({ $ref: `https://help.triage.test/schemas#/$defs/${name}` }), name).not.toThrow();
    }
  });

  it("gives only examples that are valid instances of their schema", () => {
    const { ajv, defs } = componentsValidator();
    const withExamples = Object.entries(defs).filter(([, schema]) => Array.isArray(schema.examples));
    expect(withExamples.map(([name]) => name)).toEqual(expect.arrayContaining(["Me", "WorkspaceList", "ServiceAccountList", "ApiKeyList", "CreatedApiKey", "CreatedToken"]));
    for (const [name, schema] of withExamples) {
      const validate = ajv.compile({ $ref: `https://help.triage.test/schemas#/$defs/${name}` });
      for (const example of schema.examples as unknown[]) expect(validate(example), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("has a compilable validator for every documented response body", () => {
    for (const operation of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (response.content) expect(() => responseValidator(operation.operationId, Number(status)), `${operation.operationId} ${status}`).not.toThrow();
      }
    }
  });

  it("is the same on every build", () => {
    expect(JSON.stringify(buildOpenApiDocument({ serverUrl: "https://help.triage.test" }))).toBe(JSON.stringify(document));
  });
});

describe("responseValidator", () => {
  it("accepts a ticket in the documented shape", () => {
    expect(responseValidator("getTicket", 200)(validTicket)).toEqual({ valid: true, errors: [] });
  });

  it("names what is wrong with a ticket that is not in the documented shape", () => {
    const withoutRequester = Object.fromEntries(Object.entries(validTicket).filter(([key]) => key !== "requester"));
    const result = responseValidator("getTicket", 200)({ ...withoutRequester, status: "LOST", version: "3", extra: true });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        "(body) must have required property 'requester'",
        "/status must be equal to one of the allowed values",
        "/version must be integer",
        "(body) must NOT have additional properties",
      ]),
    );
  });

  it("follows $refs into nested schemas", () => {
    const validate = responseValidator("listComments", 200);
    expect(validate({ data: [], hasEarlier: false }).valid).toBe(true);
    expect(validate({ data: [{ id: "not-a-uuid" }], hasEarlier: false }).errors).toContain("/data/0/id must match format \"uuid\"");
  });

  it("refuses a status the operation does not document with a body", () => {
    expect(() => responseValidator("getTicket", 301)).toThrow(/no JSON response 301/);
  });
});
