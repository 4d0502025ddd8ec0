import { z } from "zod";
import { queryField } from "@/lib/url-query";
import { instantSchema } from "@/lib/validation/dates";

/**
 * A position in a newest-first list paged by keyset on (created_at, id): the sign-in log, the
 * audit log and the mailbox. Opaque in the URL.
 */
const createdAtCursorSchema = z.object({ createdAt: instantSchema, id: z.uuid() });
export type CreatedAtCursor = z.infer<typeof createdAtCursorSchema>;

export function encodeCreatedAtCursor(cursor: CreatedAtCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`).toString("base64url");
}

// atob rather than Buffer: the filter schemas that check cursors are client-safe.
function readCursor(value: string): CreatedAtCursor | null {
  try {
    const [createdAt, id, ...rest] = atob(value.replaceAll("-", "+").replaceAll("_", "/")).split("|");
    const parsed = createdAtCursorSchema.safeParse({ createdAt, id });
    return parsed.success && rest.length === 0 ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A cursor from the URL; anything malformed means "first page", never an error. */
export function decodeCreatedAtCursor(value: string | undefined): CreatedAtCursor | null {
  return value ? readCursor(value) : null;
}

/** The cursor parameter of a list's filters: a cursor the list gave, or absent. */
export const createdAtCursorField = queryField(
  z
    .string()
    .max(200)
    .refine((value) => readCursor(value) !== null, "This cursor was not given by the list."),
);
