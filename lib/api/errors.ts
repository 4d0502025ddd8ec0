/** The API's error codes and the HTTP status each is sent with. */
export const API_ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  TWO_FACTOR_REQUIRED: 401,
  INVALID_TWO_FACTOR_CODE: 401,
  FORBIDDEN: 403,
  TWO_FACTOR_ENROLMENT_REQUIRED: 403,
  EMAIL_UNVERIFIED: 403,
  ACCOUNT_LOCKED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION_FAILED: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  PRECONDITION_REQUIRED: 428,
  RATE_LIMITED: 429,
  QUOTA_EXCEEDED: 429,
  CAPTCHA_REQUIRED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

/** The one error body of every API response that is not a success, and of every other JSON error. */
export type ApiErrorBody = { code: ApiErrorCode | string; message: string; traceId: string; details?: Record<string, unknown> };

/**
 * A JSON error in the one shape every endpoint answers with (the API, the downloads, the CAPTCHA
 * challenge), never cached or sniffed, with the trace id also as a header.
 */
export function errorJsonResponse(status: number, body: ApiErrorBody, headers: Record<string, string> = {}): Response {
  return Response.json(body, {
    status,
    headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "X-Trace-Id": body.traceId, ...headers },
  });
}

/** A refusal the handler decided on; the frame (handler.ts) sends it in the error shape. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): number {
    return API_ERROR_STATUS[this.code];
  }
}
