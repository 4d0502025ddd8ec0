import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";
import { enableTwoFactorFor } from "./test-factories";
import { generateTotpCode, generateTotpSecret, matchTotpStep, TOTP_PERIOD_SECONDS, totpStepAt } from "./totp";
import { acceptTotpCode } from "./verification";

const STEP_MS = TOTP_PERIOD_SECONDS * 1000;

describe("matching a TOTP code", () => {
  const secret = generateTotpSecret();
  // The middle of a step, so neighbouring steps are exactly one period away.
  const now = Math.floor(Date.now() / STEP_MS) * STEP_MS + STEP_MS / 2;

  it("accepts the current code and returns its step", () => {
    expect(matchTotpStep(secret, generateTotpCode(secret, now), now)).toBe(totpStepAt(now));
  });

  it("accepts the codes of the previous and the next step, for clocks a little off", () => {
    expect(matchTotpStep(secret, generateTotpCode(secret, now - STEP_MS), now)).toBe(totpStepAt(now) - 1n);
    expect(matchTotpStep(secret, generateTotpCode(secret, now + STEP_MS), now)).toBe(totpStepAt(now) + 1n);
  });

  it("rejects codes two steps away and wrong codes", () => {
    expect(matchTotpStep(secret, generateTotpCode(secret, now - 2 * STEP_MS), now)).toBeNull();
    expect(matchTotpStep(secret, generateTotpCode(secret, now + 2 * STEP_MS), now)).toBeNull();
    const current = generateTotpCode(secret, now);
    const wrong = String((Number(current) + 1) % 1_000_000).padStart(6, "0");
    expect(matchTotpStep(secret, wrong, now)).toBeNull();
    expect(matchTotpStep(generateTotpSecret(), current, now)).toBeNull();
  });
});

describe("accepting a TOTP code once", () => {
  it("refuses the same code the second time", async () => {
    const { user } = await createUser();
    const { secret } = await enableTwoFactorFor(user.id);
    const code = generateTotpCode(secret);
    expect(await db.$transaction((tx) => acceptTotpCode(tx, user.id, code))).toBe(true);
    expect(await db.$transaction((tx) => acceptTotpCode(tx, user.id, code))).toBe(false);
  });

  it("lets only one of two parallel uses of a code through", async () => {
    const { user } = await createUser();
    const { secret } = await enableTwoFactorFor(user.id);
    const code = generateTotpCode(secret);
    const results = await Promise.all([1, 2].map(() => db.$transaction((tx) => acceptTotpCode(tx, user.id, code))));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("refuses an older step after a newer one was used", async () => {
    const { user } = await createUser();
    const { secret } = await enableTwoFactorFor(user.id);
    const now = Date.now();
    expect(await db.$transaction((tx) => acceptTotpCode(tx, user.id, generateTotpCode(secret, now + STEP_MS), now))).toBe(true);
    expect(await db.$transaction((tx) => acceptTotpCode(tx, user.id, generateTotpCode(secret, now), now))).toBe(false);
    const { twoFactorLastUsedStep } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(twoFactorLastUsedStep).toBe(totpStepAt(now) + 1n);
  });
});
