import { z } from "zod";

/**
 * A position in a newest-first list paged by keyset on (created_at, id): the sign-in log and the
 * audit log. Opaque in the URL.
 */
const createdAtCursorSchema = z.object({ createdAt: z.coerce.date(), id: z.uuid() });
export type CreatedAtCursor = z.infer<typeof createdAtCursorSchema>;

export function encodeCreatedAtCursor(cursor: CreatedAtCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`).toString("base64url");
}

/** A cursor from the URL; anything malformed means "first page", never an error. */
export function decodeCreatedAtCursor(value: string | undefined): CreatedAtCursor | null {
  if (!value) return null;
  const [createdAt, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const parsed = createdAtCursorSchema.safeParse({ createdAt, id });
  return parsed.success ? parsed.data : null;
}
