import "server-only";
import type { z } from "zod";
import { defineAction } from "@/lib/action";
import type { ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";

type Outcome<T> = { isConflict: false; value: T } | { isConflict: true; message: string };

/**
 * defineAction with one addition: a ConflictError comes back with `code: "CONFLICT"` (the ticket
 * changed since the actor loaded it), so the page knows to refresh and show the fresh state rather than just the message.
 */
export function defineTicketAction<S extends z.ZodType, T>(schema: S, run: (input: z.output<S>, actor: Actor, context: RequestContext) => Promise<T>) {
  const action = defineAction(schema, async (input, actor, context): Promise<Outcome<T>> => {
    try {
      return { isConflict: false, value: await run(input, actor, context) };
    } catch (error) {
      if (error instanceof ConflictError) return { isConflict: true, message: error.message };
      throw error;
    }
  });
  return async (rawInput: z.input<S>): Promise<ActionResult<T, "CONFLICT">> => {
    const result = await action(rawInput);
    if (!result.ok) return result;
    if (result.data.isConflict) return { ok: false, error: result.data.message, code: "CONFLICT" };
    return { ok: true, data: result.data.value };
  };
}
