import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Whether a write lost a race on a unique index. The callers re-read the row the winner wrote
 * by its request key, so which index it was needs no inspection: if that row is not there, the
 * error is rethrown.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
