import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";
import { consumeAuthToken, hashToken, isAuthTokenUsable, issueAuthToken } from "./tokens";

const HOUR = 60 * 60 * 1000;

describe("emailed single-use tokens", () => {
  it("stores only the hash and works once", async () => {
    const { user } = await createUser();
    const { rawToken } = await db.$transaction((tx) => issueAuthToken(tx, user.id, "PASSWORD_RESET"));

    const stored = await db.authToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashToken(rawToken));
    expect(stored.tokenHash).not.toContain(rawToken);

    expect(await db.$transaction((tx) => consumeAuthToken(tx, rawToken, "PASSWORD_RESET"))).toBe(user.id);
    expect(await db.$transaction((tx) => consumeAuthToken(tx, rawToken, "PASSWORD_RESET"))).toBeNull();
  });

  it("is spent once when two requests race", async () => {
    const { user } = await createUser();
    const { rawToken } = await db.$transaction((tx) => issueAuthToken(tx, user.id, "EMAIL_VERIFICATION"));
    const results = await Promise.all(
      [1, 2, 3].map(() => db.$transaction((tx) => consumeAuthToken(tx, rawToken, "EMAIL_VERIFICATION"))),
    );
    expect(results.filter((userId) => userId === user.id)).toHaveLength(1);
  });

  it("dies at its expiry: an hour for a reset, a day for a verification", async () => {
    const { user } = await createUser();
    const issuedAt = new Date();
    const reset = await db.$transaction((tx) => issueAuthToken(tx, user.id, "PASSWORD_RESET", issuedAt));
    const verify = await db.$transaction((tx) => issueAuthToken(tx, user.id, "EMAIL_VERIFICATION", issuedAt));
    const justBefore = new Date(issuedAt.getTime() + HOUR - 1000);
    const justAfter = new Date(issuedAt.getTime() + HOUR + 1000);

    expect(await isAuthTokenUsable(db, reset.rawToken, "PASSWORD_RESET", justBefore)).toBe(true);
    expect(await db.$transaction((tx) => consumeAuthToken(tx, reset.rawToken, "PASSWORD_RESET", justAfter))).toBeNull();
    expect(await isAuthTokenUsable(db, verify.rawToken, "EMAIL_VERIFICATION", justAfter)).toBe(true);
    const nextDay = new Date(issuedAt.getTime() + 24 * HOUR + 1000);
    expect(await isAuthTokenUsable(db, verify.rawToken, "EMAIL_VERIFICATION", nextDay)).toBe(false);
  });

  it("works only for its purpose, and a newer token retires the older one", async () => {
    const { user } = await createUser();
    const first = await db.$transaction((tx) => issueAuthToken(tx, user.id, "PASSWORD_RESET"));
    expect(await isAuthTokenUsable(db, first.rawToken, "EMAIL_VERIFICATION")).toBe(false);
    const second = await db.$transaction((tx) => issueAuthToken(tx, user.id, "PASSWORD_RESET"));
    expect(await isAuthTokenUsable(db, first.rawToken, "PASSWORD_RESET")).toBe(false);
    expect(await isAuthTokenUsable(db, second.rawToken, "PASSWORD_RESET")).toBe(true);
  });

  it("rejects a token nobody issued", async () => {
    expect(await db.$transaction((tx) => consumeAuthToken(tx, "made-up", "PASSWORD_RESET"))).toBeNull();
  });
});
