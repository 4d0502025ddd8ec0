import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { DomainError, UnavailableError } from "@/lib/errors";
import { requestContextFrom, type RequestContext } from "@/lib/request-context";
import { queryRecord } from "@/lib/url-query";
import { type ApiPrincipal, authenticateApiRequest, requireScope } from "./auth";
import { API_ERROR_STATUS, ApiError, type ApiErrorCode, errorJsonResponse } from "./errors";
import { countApiRequest } from "./limits";
import type { ApiOperationSpec } from "./v1/operations";

export type ApiContext<P> = {
  request: Request;
  principal: ApiPrincipal;
  params: P;
  context: RequestContext;
  traceId: string;
};

type Operation = Pick<ApiOperationSpec, "scope" | "method" | "isStaffOnly">;

const BASE_HEADERS = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

export function apiJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { ...BASE_HEADERS, ...init.headers } });
}

function errorResponse(code: ApiErrorCode | string, status: number, message: string, traceId: string, details?: Record<string, unknown>, headers: Record<string, string> = {}) {
  return errorJsonResponse(status, { code, message, traceId, ...(details && { details }) }, headers);
}

/**
 * A domain refusal in the API's error shape; a database that cannot serve now a 503 with
 * Retry-After; anything else is a logged 500 with the trace id.
 */
function toErrorResponse(error: unknown, traceId: string): Response {
  if (isDatabaseUnavailable(error)) {
    const { code, message, retryAfterSeconds } = error instanceof UnavailableError ? error : new UnavailableError();
    return errorResponse(code, 503, message, traceId, undefined, { "Retry-After": String(retryAfterSeconds) });
  }
  if (error instanceof ApiError) return errorResponse(error.code, error.status, error.message, traceId, error.details, error.headers);
  if (error instanceof z.ZodError) return validationResponse(error, traceId);
  if (error instanceof DomainError) {
    const status = (API_ERROR_STATUS as Record<string, number>)[error.code] ?? 422;
    const details = "fieldErrors" in error && error.fieldErrors ? { fieldErrors: error.fieldErrors } : undefined;
    return errorResponse(error.code, status, error.message, traceId, details);
  }
  console.error(`API request failed (trace id ${traceId})`, error);
  return errorResponse("INTERNAL", 500, `Something went wrong on our side (trace id ${traceId}).`, traceId);
}

export function validationResponse(error: z.ZodError, traceId: string): Response {
  const { formErrors, fieldErrors } = z.flattenError(error);
  return errorResponse("VALIDATION_FAILED", 422, "The request did not validate: see details.", traceId, { fieldErrors, formErrors });
}

/**
 * The frame of every authenticated /api/v1 operation: a trace id, the bearer key, the rate limit
 * and quota (GET counts as a read, anything else as a write; X-RateLimit-* headers on every
 * answer to a valid key), the key's scope, then the handler, with every refusal in the one error
 * shape and never a stack trace to the caller. Only a write that happened uses the quota: a
 * refusal, a failure or an idempotent replay gives its write back.
 */
export function apiRoute<P = Record<string, never>>(
  operation: Operation,
  handle: (context: ApiContext<P>) => Promise<Response>,
) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    const traceId = randomUUID();
    let limitHeaders: Record<string, string> = {};
    let releaseWrite = async () => {};
    try {
      const principal = await authenticateApiRequest(request);
      const context = requestContextFrom(request.headers);
      ({ headers: limitHeaders, releaseWrite } = await countApiRequest(principal, operation.method === "get" ? "read" : "write", context.ip));
      if (operation.scope) requireScope(principal, operation.scope, operation.isStaffOnly === true);
      const response = await handle({ request, principal, params: await route.params, context, traceId });
      if (!response.ok || response.headers.has("Idempotent-Replayed")) await releaseWrite();
      for (const [name, value] of Object.entries({ ...limitHeaders, "X-Trace-Id": traceId })) response.headers.set(name, value);
      return response;
    } catch (error) {
      await releaseWrite();
      const response = toErrorResponse(error, traceId);
      for (const [name, value] of Object.entries(limitHeaders)) if (!response.headers.has(name)) response.headers.set(name, value);
      return response;
    }
  };
}

/**
 * The frame of an /api/v1 operation that takes no key (the token exchange): a trace id and the
 * one error shape, as apiRoute; its own throttles are the operation's business.
 */
export function publicApiRoute(handle: (context: Omit<ApiContext<never>, "principal" | "params">) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const traceId = randomUUID();
    try {
      const response = await handle({ request, context: requestContextFrom(request.headers), traceId });
      response.headers.set("X-Trace-Id", traceId);
      return response;
    } catch (error) {
      return toErrorResponse(error, traceId);
    }
  };
}

const MAX_BODY_BYTES = 1_000_000;
const tooLarge = () => new ApiError("BAD_REQUEST", "The body is larger than 1 MB.");

/**
 * The JSON body validated by `schema`: malformed JSON or a body over 1 MB is a 400, a body that
 * does not validate a 422 with field errors (thrown as a ZodError for the frame to shape).
 */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new ApiError("BAD_REQUEST", "Send the body as JSON with Content-Type: application/json.");
  // A declared length is refused before reading; a chunked body is measured once read.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge();
  let raw: unknown;
  try {
    // JSON can spell a lone UTF-16 surrogate ("\ud800"), which no column can store: U+FFFD
    // instead, as the forms do.
    raw = JSON.parse(text, (_key, value: unknown) => (typeof value === "string" ? value.toWellFormed() : value));
  } catch {
    throw new ApiError("BAD_REQUEST", "The body is not valid JSON.");
  }
  return schema.parse(raw);
}

/** Query parameters validated by `schema` (repeated keys arrive as arrays); invalid ones are a 422. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  return schema.parse(queryRecord(new URL(request.url).searchParams));
}

/** An unknown route or method under /api/v1, in the same shape. */
export function notFoundResponse(): Response {
  return errorResponse("NOT_FOUND", 404, "No such API operation.", randomUUID());
}
