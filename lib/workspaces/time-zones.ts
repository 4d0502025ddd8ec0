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
