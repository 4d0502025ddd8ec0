import { z } from "zod";

/**
 * A position in a keyset-paged list: the sort it belongs to, a row's sort value (an ISO time, a
 * priority, a rank, or null for a ticket without a due time), its id, and whether the page wanted
 * is the one before that row or after it. A cursor made for another sort or direction is ignored,
 * so changing the sort starts again at the first page.
 */
export type SearchCursor = { sort: string; value: string | null; id: string; isBefore: boolean };

const cursorSchema = z.object({
  s: z.string().max(40),
  v: z.string().max(40).nullable(),
  i: z.uuid(),
  b: z.literal(1).optional(),
});

export function encodeSearchCursor(cursor: SearchCursor): string {
  const payload = { s: cursor.sort, v: cursor.value, i: cursor.id, ...(cursor.isBefore && { b: 1 }) };
  return Buffer.from(JSON.stringify(payload)).toString("base64url");
}

/** The cursor if it is well-formed and was made for `sort`; otherwise null (the first page). */
export function decodeSearchCursor(value: string | undefined, sort: string): SearchCursor | null {
  if (!value) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data.s !== sort) return null;
    return { sort, value: parsed.data.v, id: parsed.data.i, isBefore: parsed.data.b === 1 };
  } catch {
    return null;
  }
}
