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

// atob and TextDecoder rather than Buffer: the filter schema checks cursors in the browser too.
function readCursor(value: string) {
  try {
    const binary = atob(value.replaceAll("-", "+").replaceAll("_", "/"));
    const json = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
    const parsed = cursorSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether a value is a cursor the list could have given, for any sort. */
export const isSearchCursor = (value: string) => readCursor(value) !== null;

/** The cursor if it is well-formed and was made for `sort`; otherwise null (the first page). */
export function decodeSearchCursor(value: string | undefined, sort: string): SearchCursor | null {
  const cursor = value ? readCursor(value) : null;
  if (!cursor || cursor.s !== sort) return null;
  return { sort, value: cursor.v, id: cursor.i, isBefore: cursor.b === 1 };
}
