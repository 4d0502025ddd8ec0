import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Pool size per instance: writes queue on row locks past ~10 connections (PERFORMANCE.md). */
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

/**
 * A Prisma client on the pg driver adapter. The app uses the one in lib/db.ts; scripts and
 * tests create their own for the database they manage.
 */
export function createPrismaClient(connectionString: string | undefined): PrismaClient {
  // No URL during `next build`: nothing connects until the first query, and the server
  // refuses to start without one (instrumentation.ts).
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: POOL_SIZE }),
  });
}
