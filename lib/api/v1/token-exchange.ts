import "server-only";
import type { z } from "zod";
import { mustEnrolInTwoFactor } from "@/lib/auth/roles";
import { createSignInToken } from "@/lib/api-keys/mutations";
import { findOwnMembership } from "@/lib/members/own-memberships";
import type { RequestContext } from "@/lib/request-context";
import { CAPTCHA_FAILURE_WINDOW_MINUTES } from "@/lib/security/captcha-policy";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { rateLimitKey, TOKEN_EXCHANGE_PER_MEMBER_LIMIT } from "@/lib/security/rate-limit-policies";
import { signInWithBothSteps } from "@/lib/sign-in/both-steps";
import type { SignInResult } from "@/lib/sign-in/credentials";
import { SIGN_IN_FAILED_MESSAGE, signInError, signInFailureMessage } from "@/lib/sign-in/errors";
import { ApiError } from "../errors";
import { type CreateTokenBody, type createdTokenSchema, SIGN_IN_TOKEN_LIFETIME_SECONDS } from "./token-schemas";

const TWO_FACTOR_REQUIRED_MESSAGE = "This account uses two-factor authentication: send `code`, the current 6-digit code from the authenticator app or an unused recovery code.";
const CAPTCHA_MESSAGE = `Too many failed sign-ins for this email or from this address: the sign-in form now asks for a proof-of-work check, which the API cannot take. Sign in on the web, or retry after Retry-After seconds (every refused attempt counts as a failure for ${CAPTCHA_FAILURE_WINDOW_MINUTES} minutes).`;
const NOT_A_MEMBER_MESSAGE = "You are not a member of a workspace with that slug.";
const TOKEN_LIMIT_MESSAGE = `You asked for more than ${TOKEN_EXCHANGE_PER_MEMBER_LIMIT.limit} tokens this hour: each lasts an hour, so keep the one you have. Retry after Retry-After seconds.`;
const TWO_FACTOR_ENROLMENT_MESSAGE = "That workspace requires staff to use two-factor authentication: turn it on under Account settings → Two-factor authentication, then sign in again.";

/** A failed sign-in in the API's error shape, with the form's message wherever the form has one. */
function refusal(result: Exclude<SignInResult, { ok: true }>): ApiError {
  const message = signInFailureMessage(signInError(result));
  switch (result.reason) {
    case "throttled":
      return new ApiError("RATE_LIMITED", message, undefined, { "Retry-After": String(result.retryAfterSeconds) });
    case "locked":
      return new ApiError("ACCOUNT_LOCKED", message, undefined, { "Retry-After": String(result.retryAfterSeconds) });
    case "captcha_required":
      return new ApiError("CAPTCHA_REQUIRED", CAPTCHA_MESSAGE, undefined, { "Retry-After": String(CAPTCHA_FAILURE_WINDOW_MINUTES * 60) });
    case "email_unverified":
      return new ApiError("EMAIL_UNVERIFIED", message);
    case "two_factor_required":
      return new ApiError("TWO_FACTOR_REQUIRED", TWO_FACTOR_REQUIRED_MESSAGE);
    case "invalid_two_factor_code":
      return new ApiError("INVALID_TWO_FACTOR_CODE", message);
    default:
      return new ApiError("UNAUTHENTICATED", SIGN_IN_FAILED_MESSAGE);
  }
}

/**
 * Signs a member in with the form's checks (lib/sign-in) and gives them a personal token for one
 * workspace, valid for an hour. The workspace comes from the member's own memberships, never
 * from trust in the slug: one they do not belong to is "not found".
 */
export async function exchangeCredentialsForToken(body: CreateTokenBody, context: RequestContext, now = new Date()): Promise<z.infer<typeof createdTokenSchema>> {
  const result = await signInWithBothSteps(body, context);
  if (!result.ok) throw refusal(result);
  const membership = await findOwnMembership(result.user.id, body.workspace);
  if (!membership) throw new ApiError("NOT_FOUND", NOT_A_MEMBER_MESSAGE);
  const { role, workspace, user } = membership;
  if (mustEnrolInTwoFactor({ role, twoFactorEnabledAt: user.twoFactorEnabledAt }, workspace.requireStaffTwoFactor)) {
    throw new ApiError("TWO_FACTOR_ENROLMENT_REQUIRED", TWO_FACTOR_ENROLMENT_MESSAGE);
  }
  const { allowed, retryAfterSeconds } = await consumeRateLimit(rateLimitKey.tokenExchangeByUser(result.user.id), TOKEN_EXCHANGE_PER_MEMBER_LIMIT);
  if (!allowed) {
    throw new ApiError("RATE_LIMITED", TOKEN_LIMIT_MESSAGE, { limit: TOKEN_EXCHANGE_PER_MEMBER_LIMIT.limit }, { "Retry-After": String(retryAfterSeconds) });
  }
  const actor = { userId: result.user.id, workspaceId: workspace.id, workspaceSlug: workspace.slug, role, email: user.email, name: user.name, twoFactorEnrolmentRequired: false };
  const created = await createSignInToken(actor, { name: body.name, scopes: body.scopes, lifetimeSeconds: SIGN_IN_TOKEN_LIFETIME_SECONDS }, context, now);
  return {
    token: created.token,
    id: created.id,
    prefix: created.prefix,
    scopes: body.scopes,
    expiresAt: (created.expiresAt ?? now).toISOString(),
    user: { id: actor.userId, name: user.name, email: user.email },
    workspace: { id: workspace.id, name: workspace.name, slug: workspace.slug },
    role,
  };
}
