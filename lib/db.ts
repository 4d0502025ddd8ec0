import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/prisma-client";

// One client, and so one connection pool, per process. The production build puts this module
// into several server chunks (pages, API routes, background jobs), each evaluating it once, and
// in development Next re-evaluates it on every change: the client is kept on globalThis so all
// of them share it, and DATABASE_POOL_SIZE is the process's whole connection budget.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = (globalForPrisma.prisma ??= createPrismaClient(process.env.DATABASE_URL));
