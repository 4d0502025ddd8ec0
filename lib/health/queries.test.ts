import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { DEFAULT_POOL_SETTINGS } from "@/lib/database-pool";
import { isDatabaseReachable } from "./queries";

describe("isDatabaseReachable", () => {
  it("is true when the database answers", async () => {
    expect(await isDatabaseReachable()).toBe(true);
  });

  it("is false, not an exception, when the database is unreachable", async () => {
    expect(await isDatabaseReachable("postgresql://nobody:nothing@127.0.0.1:1/none")).toBe(false);
  });

  it("answers at once while every connection of the app's pool is busy and requests queue", async () => {
    const busy = Array.from({ length: DEFAULT_POOL_SETTINGS.size + 3 }, () =>
      db.$queryRaw`SELECT 1 AS n FROM pg_sleep(1)`.then(() => true),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const startedAt = Date.now();
    expect(await isDatabaseReachable()).toBe(true);
    expect(Date.now() - startedAt).toBeLessThan(500);
    await Promise.all(busy);
  });
});
