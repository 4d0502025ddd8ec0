// `npm run audit:prune -- --before YYYY-MM-DD`: deletes audit entries older than the date, for a
// retention policy. The audit log is otherwise append-only; see lib/audit/retention.ts.
import { pruneAuditLog } from "@/lib/audit/retention";
import { BATCH_POOL_SETTINGS, createPrismaClient } from "@/lib/prisma-client";
import { resolveDatabase } from "./lib/database";
import { migrateDatabase } from "./lib/migrations";

const USAGE = "Usage: npm run audit:prune -- --before YYYY-MM-DD   (deletes audit entries older than that day, UTC)";

function parseCutOff(argv: string[]): Date {
  const index = argv.indexOf("--before");
  const value = index >= 0 ? argv[index + 1] : undefined;
  const date = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime())) {
    console.error(USAGE);
    process.exit(1);
  }
  if (date > new Date()) {
    console.error("The cut-off is in the future: that would delete the whole log. Pick a past day.");
    process.exit(1);
  }
  return date;
}

const before = parseCutOff(process.argv.slice(2));
const database = await resolveDatabase();
const client = createPrismaClient(database.ownerUrl, BATCH_POOL_SETTINGS);
try {
  await migrateDatabase(database);
  const { deleted } = await pruneAuditLog(client, before);
  console.log(`Deleted ${deleted} audit entr${deleted === 1 ? "y" : "ies"} from before ${before.toISOString().slice(0, 10)}.`);
} finally {
  await client.$disconnect();
  await database.stop();
}
