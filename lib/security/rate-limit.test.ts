import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createPrismaClient } from "@/lib/prisma-client";
import { RateLimitedError } from "@/lib/errors";
import { consumeRateLimit, deleteExpiredRateLimits, enforceRateLimit, refundRateLimit } from "./rate-limit";

const uniqueKey = () => `test:${randomUUID()}`;

describe("consumeRateLimit", () => {
  it("allows exactly the limit when 30 requests race for 10 slots", async () => {
    const key = uniqueKey();
    const results = await Promise.all(
      Array.from({ length: 30 }, () => consumeRateLimit(key, { limit: 10, windowSeconds: 60 })),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
    expect(results.filter((result) => !result.allowed).every((result) => result.retryAfterSeconds > 0)).toBe(true);
    expect(results.map((result) => result.remaining).sort((a, b) => a - b).at(-1)).toBe(9);
  });

  it("tells how long until the window resets once refused", async () => {
    const key = uniqueKey();
    const policy = { limit: 1, windowSeconds: 600 };
    expect(await consumeRateLimit(key, policy)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    const refused = await consumeRateLimit(key, policy);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(590);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(600);
  });

  it("starts a new window once the old one has expired", async () => {
    const key = uniqueKey();
    const policy = { limit: 2, windowSeconds: 60 };
    await consumeRateLimit(key, policy);
    await consumeRateLimit(key, policy);
    expect((await consumeRateLimit(key, policy)).allowed).toBe(false);
    await db.rateLimit.update({ where: { key }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await consumeRateLimit(key, policy)).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(1);
  });

  it("gives a refunded request back to the window", async () => {
    const key = uniqueKey();
    const policy = { limit: 1, windowSeconds: 60 };
    await consumeRateLimit(key, policy);
    await refundRateLimit(key);
    expect((await consumeRateLimit(key, policy)).allowed).toBe(true);
  });

  describe("across app instances", () => {
    const instances = [createPrismaClient(process.env.DATABASE_URL), createPrismaClient(process.env.DATABASE_URL)];
    afterAll(() => Promise.all(instances.map((client) => client.$disconnect())));

    it("shares one limit between two database clients", async () => {
      const key = uniqueKey();
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          consumeRateLimit(key, { limit: 6, windowSeconds: 60 }, instances[index % 2]),
        ),
      );
      expect(results.filter((result) => result.allowed)).toHaveLength(6);
    });
  });
});

describe("enforceRateLimit", () => {
  it("throws a RateLimitedError naming the wait once over the limit", async () => {
    const key = uniqueKey();
    const policy = { limit: 1, windowSeconds: 15 * 60 };
    await enforceRateLimit(key, policy, "password reset requests");
    const refusal = enforceRateLimit(key, policy, "password reset requests");
    await expect(refusal).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refusal).rejects.toThrow("Too many password reset requests. Try again in 15 minutes.");
  });
});

describe("deleteExpiredRateLimits", () => {
  it("deletes only counters whose window has ended", async () => {
    const expired = uniqueKey();
    const current = uniqueKey();
    await consumeRateLimit(expired, { limit: 5, windowSeconds: 60 });
    await consumeRateLimit(current, { limit: 5, windowSeconds: 60 });
    await db.rateLimit.update({ where: { key: expired }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await deleteExpiredRateLimits()).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimit.findUnique({ where: { key: expired } })).toBeNull();
    expect(await db.rateLimit.findUnique({ where: { key: current } })).not.toBeNull();
  });
});
