import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { buildOpenApiDocument, type OpenApiDocument } from "./openapi";

// Checks real responses against the OpenAPI document, for the API's tests; apart from the
// document's builder so that the routes serving it never load ajv.

// The document's schemas under $defs of one schema ajv can hold (it rejects an OpenAPI document
// as a schema), with their $refs pointed there.
const VALIDATION_BASE = "https://triage.invalid/api/v1/openapi.json";
const validators = new Map<string, ValidateFunction>();
let ajv: Ajv2020 | undefined;

const defsRef = (ref: string) => ref.replace("#/components/schemas/", "#/$defs/");

function toDefsRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toDefsRefs);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([keyword, inner]) => [
      keyword,
      keyword === "$ref" && typeof inner === "string" ? defsRef(inner) : toDefsRefs(inner),
    ]),
  );
}

function compileResponseSchema(document: OpenApiDocument, operationId: string, status: number): ValidateFunction {
  const operation = Object.values(document.paths)
    .flatMap((methods) => Object.values(methods))
    .find((candidate) => candidate.operationId === operationId);
  const ref = operation?.responses[String(status)]?.content?.["application/json"].schema.$ref;
  if (!ref) throw new Error(`The OpenAPI document has no JSON response ${status} for ${operationId}.`);
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: VALIDATION_BASE, $defs: toDefsRefs(document.components.schemas) });
  }
  return ajv.compile({ $ref: `${VALIDATION_BASE}${defsRef(ref)}` });
}

/**
 * A validator of one documented response body, for the API's tests: checks a real response
 * against the document clients are given, so the two cannot drift apart unnoticed.
 */
export function responseValidator(operationId: string, status: number): (body: unknown) => { valid: boolean; errors: string[] } {
  const key = `${operationId} ${status}`;
  const validate = validators.get(key) ?? compileResponseSchema(buildOpenApiDocument({ serverUrl: "" }), operationId, status);
  validators.set(key, validate);
  return (body) => {
    const valid = validate(body);
    return { valid, errors: valid ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || "(body)"} ${error.message ?? "is invalid"}`) };
  };
}
