/**
 * What every server action answers, as the browser receives it; client-safe, so forms and hooks
 * type their results with it while lib/action.ts (server-only) produces them.
 */
export type ActionFailure<Code extends string = string> = {
  ok: false;
  /** A message for the person who acted; never raw exception text. */
  error: string;
  fieldErrors?: Record<string, string[]>;
  /**
   * What the caller may branch on, where an action names one: a ticket change's `CONFLICT` (the
   * ticket changed since it was loaded), a sign-in's `email_unverified` or `two_factor_expired`.
   */
  code?: Code;
  /** Set in the browser by callAction: the request never reached the action, so sending it again is safe. */
  notSent?: true;
};

export type ActionResult<T = void, Code extends string = string> = { ok: true; data: T } | ActionFailure<Code>;
