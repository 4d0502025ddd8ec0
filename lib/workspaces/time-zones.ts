import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Whether PostgreSQL knows a zone the runtime's time zone database accepted: its own database
 * may be older, and a report zone it does not know would break every query that counts days in it.
 */
export async function isTimeZoneKnownToDatabase(tx: Prisma.TransactionClient, timeZone: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ known: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = ${timeZone}) AS known`;
  return row?.known ?? false;
}

/**
 * The zones a form offers, from the server's time zone database: the page hands the list to its
 * form, so the browser's own (possibly different) list never makes the server's HTML and the
 * hydrated form disagree, and every zone offered is one the server accepts. UTC first.
 */
export function selectableTimeZones(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
}
