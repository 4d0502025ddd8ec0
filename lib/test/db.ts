import { createPrismaClient } from "@/lib/prisma-client";

/**
 * The test's own view of its database, as the superuser: row-level security does not apply, so
 * factories set up any workspace's rows and assertions read them all. The code under test runs
 * as the app's role (lib/db.ts), under the policies, as in production.
 */
export const db = createPrismaClient(process.env.TEST_SUPERUSER_URL);
