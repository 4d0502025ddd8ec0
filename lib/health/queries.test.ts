import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { isDatabaseHealthy } from "./queries";

describe("isDatabaseHealthy", () => {
  it("is true when the database answers", async () => {
    expect(await isDatabaseHealthy()).toBe(true);
  });

  it("is false, not an exception, when the database is unreachable", async () => {
    const unreachable = createPrismaClient("postgresql://nobody:nothing@127.0.0.1:1/none");
    expect(await isDatabaseHealthy(unreachable)).toBe(false);
    await unreachable.$disconnect();
  });
});
