import { type TicketCursor, ticketCursorSchema } from "./schemas";

export function encodeTicketCursor(cursor: TicketCursor): string {
  return Buffer.from(`${cursor.updatedAt.toISOString()}|${cursor.id}`).toString("base64url");
}

/** A cursor from the URL; anything malformed means "first page", never an error. */
export function decodeTicketCursor(value: string | undefined): TicketCursor | null {
  if (!value) return null;
  const [updatedAt, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const parsed = ticketCursorSchema.safeParse({ updatedAt, id });
  return parsed.success ? parsed.data : null;
}
