import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { errorJsonResponse } from "@/lib/api/errors";
import { RateLimitedError } from "@/lib/errors";
import { requestContextFrom } from "@/lib/request-context";
import { issueCaptchaChallenge } from "@/lib/security/captcha";

export const dynamic = "force-dynamic";

// Every challenge is single-use and expires, so no cache may keep or share one.
const NO_STORE = { "Cache-Control": "no-store" };

/** A proof-of-work challenge for the ALTCHA widget; public, rate-limited per address. */
export async function GET(request: Request) {
  const { ip } = requestContextFrom(request.headers);
  const traceId = randomUUID();
  try {
    return NextResponse.json(await issueCaptchaChallenge(ip), { headers: NO_STORE });
  } catch (error) {
    if (error instanceof RateLimitedError) {
      return errorJsonResponse(429, { code: error.code, message: error.message, traceId }, { "Retry-After": String(error.retryAfterSeconds) });
    }
    console.error(`Issuing a challenge failed (trace id ${traceId})`, error);
    return errorJsonResponse(500, { code: "INTERNAL", message: "Something went wrong on our side.", traceId });
  }
}
