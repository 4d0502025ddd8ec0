import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/prisma-client";

// One client per process; in development Next re-evaluates modules on every change, so the
// client is kept on globalThis to avoid a new connection pool each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForPrisma.prisma ?? createPrismaClient(process.env.DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

