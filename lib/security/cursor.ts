import { type SignInAttemptCursor, signInAttemptCursorSchema } from "./schemas";

export function encodeSignInAttemptCursor(cursor: SignInAttemptCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`).toString("base64url");
}

/** A cursor from the URL; anything malformed means "first page", never an error. */
export function decodeSignInAttemptCursor(value: string | undefined): SignInAttemptCursor | null {
  if (!value) return null;
  const [createdAt, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const parsed = signInAttemptCursorSchema.safeParse({ createdAt, id });
  return parsed.success ? parsed.data : null;
}
