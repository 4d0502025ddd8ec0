import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { asUnavailable } from "@/lib/database-unavailable";
import { ConflictError, DomainError, ValidationError } from "@/lib/errors";
import { type RequestContext, getRequestContext } from "@/lib/request-context";

// The wrapper names no failure code (`never`): only actions that add one, such as the ticket
// actions' CONFLICT, say so in their type.
async function runValidated<S extends z.ZodType, T>(
  schema: S,
  rawInput: unknown,
  handler: (input: z.output<S>) => Promise<T>,
): Promise<ActionResult<T, never>> {
  const parsed = schema.safeParse(rawInput);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error) as { fieldErrors: Record<string, string[]> };
    return { ok: false, error: "Please correct the highlighted fields.", fieldErrors };
  }
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (thrown) {
    // redirect() and notFound() are thrown on purpose and must reach Next.
    unstable_rethrow(thrown);
    const error = asUnavailable(thrown);
    if (error instanceof ValidationError || (error instanceof ConflictError && error.fieldErrors)) {
      return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
    }
    if (error instanceof DomainError) return { ok: false, error: error.message };
    const errorId = randomUUID();
    console.error(`Action failed (error id ${errorId})`, error);
    return { ok: false, error: `Something went wrong on our side (error id ${errorId}).` };
  }
}

type ActionOptions = {
  /** Open to staff who must still enrol in two-factor: the enrolment actions and nothing else. */
  allowDuringTwoFactorEnrolment?: boolean;
};

export const TWO_FACTOR_ENROLMENT_REQUIRED_MESSAGE =
  "Your workspace requires two-factor authentication. Set it up in your account settings first.";

/**
 * A server action for signed-in users: it validates the input with `schema`, passes the actor and
 * the request's context (address, user agent: for the audit log and throttles) to `handler`, and
 * turns every failure into an ActionResult; no raw exception reaches the client.
 * Staff who must enrol in two-factor are refused everything but the enrolment actions.
 */
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, actor: Actor, context: RequestContext) => Promise<T>,
  { allowDuringTwoFactorEnrolment = false }: ActionOptions = {},
) {
  return async (rawInput: z.input<S>): Promise<ActionResult<T, never>> => {
    const actor = await getActor();
    if (!actor) return { ok: false, error: "Your session has ended. Sign in again." };
    if (actor.twoFactorEnrolmentRequired && !allowDuringTwoFactorEnrolment) {
      return { ok: false, error: TWO_FACTOR_ENROLMENT_REQUIRED_MESSAGE };
    }
    const context = await getRequestContext();
    return runValidated(schema, rawInput, (input) => handler(input, actor, context));
  };
}

/** A server action open to signed-out visitors (sign-in, registration). */
export function definePublicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, context: RequestContext) => Promise<T>,
) {
  return async (rawInput: z.input<S>): Promise<ActionResult<T, never>> => {
    const context = await getRequestContext();
    return runValidated(schema, rawInput, (input) => handler(input, context));
  };
}
