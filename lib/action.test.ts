import { afterAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { definePublicAction } from "@/lib/action";
import { createPrismaClient } from "@/lib/prisma-client";

// The request's headers exist only inside Next.
vi.mock("@/lib/request-context", () => ({
  getRequestContext: async () => ({ ip: "192.0.2.7", userAgent: "vitest" }),
}));

const unreachable = createPrismaClient("postgresql://nobody:nothing@127.0.0.1:1/none");
afterAll(() => unreachable.$disconnect());

describe("the action wrapper", () => {
  it("answers a database that cannot serve with a plain 'try again', not an error id", async () => {
    const action = definePublicAction(z.object({ name: z.string() }), async () => unreachable.user.count());
    const result = await action({ name: "x" });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/busy or cannot reach its database.*try again/i) });
  });

  it("still hides an unexpected failure behind an error id", async () => {
    const action = definePublicAction(z.object({}), async () => {
      throw new TypeError("internal detail");
    });
    const result = await action({});
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/error id [0-9a-f-]{36}/) });
  });

  it("hands the handler the request's address and user agent, read once by the wrapper", async () => {
    const action = definePublicAction(z.object({}), async (_input, context) => context);
    expect(await action({})).toEqual({ ok: true, data: { ip: "192.0.2.7", userAgent: "vitest" } });
  });
});
