import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/test/db";
import { ValidationError } from "@/lib/errors";
import { createUser } from "@/lib/test/factories";
import { createLoginAttempt, solvedCaptchaPayload as solvedPayload, uniqueIp } from "@/lib/test/security-factories";
import {
  assertCaptchaIfRequired,
  captchaRequiredForIp,
  captchaRequiredForSignIn,
  verifyCaptchaSolution,
} from "./captcha";

type DecodedPayload = {
  challenge: { parameters: Record<string, unknown>; signature: string };
  solution: { counter: number; derivedKey: string };
};

function tamper(payload: string, change: (decoded: DecodedPayload) => void): string {
  const decoded = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as DecodedPayload;
  change(decoded);
  return Buffer.from(JSON.stringify(decoded)).toString("base64");
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const uniqueEmail = () => `captcha-${randomUUID()}@example.com`;

afterEach(() => {
  vi.useRealTimers();
});

describe("verifyCaptchaSolution", () => {
  it("accepts a solved challenge once and refuses its replay", async () => {
    const payload = await solvedPayload();
    expect(await verifyCaptchaSolution(payload, null)).toBe(true);
    expect(await verifyCaptchaSolution(payload, null)).toBe(false);
  });

  it("refuses tampered answers without using up the genuine one", async () => {
    const payload = await solvedPayload();
    const tampered = [
      tamper(payload, ({ solution }) => {
        solution.derivedKey = `${solution.derivedKey.startsWith("0") ? "1" : "0"}${solution.derivedKey.slice(1)}`;
      }),
      tamper(payload, ({ challenge }) => {
        challenge.parameters.cost = 1;
      }),
      tamper(payload, ({ challenge }) => {
        challenge.parameters.expiresAt = Number(challenge.parameters.expiresAt) + 3600;
      }),
      tamper(payload, ({ challenge }) => {
        challenge.signature = "0".repeat(challenge.signature.length);
      }),
      "not base64 json",
      "",
    ];
    for (const attempt of tampered) expect(await verifyCaptchaSolution(attempt, null)).toBe(false);
    expect(await verifyCaptchaSolution(payload, null)).toBe(true);
  });

  it("refuses a solved challenge after it expired", async () => {
    const payload = await solvedPayload();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 11 * 60_000);
    expect(await verifyCaptchaSolution(payload, null)).toBe(false);
  });

  it("records the redeemed challenge until its expiry and clears long-expired records", async () => {
    const stale = await db.usedChallenge.create({ data: { signature: randomUUID(), expiresAt: minutesAgo(5) } });
    const payload = await solvedPayload();
    expect(await verifyCaptchaSolution(payload, null)).toBe(true);
    expect(await db.usedChallenge.findUnique({ where: { signature: stale.signature } })).toBeNull();
    const { challenge } = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as DecodedPayload;
    const redeemed = await db.usedChallenge.findUniqueOrThrow({ where: { signature: challenge.signature } });
    expect(redeemed.expiresAt.getTime()).toBe(Number(challenge.parameters.expiresAt) * 1000);
  });
});

describe("captchaRequiredForSignIn", () => {
  it("asks for the check from the third recent failure for an unknown email, not before", async () => {
    const email = uniqueEmail();
    await createLoginAttempt({ email });
    await createLoginAttempt({ email });
    expect(await captchaRequiredForSignIn(email, uniqueIp())).toBe(false);
    await createLoginAttempt({ email });
    expect(await captchaRequiredForSignIn(email, uniqueIp())).toBe(true);
    expect(await captchaRequiredForSignIn(email.toUpperCase(), null)).toBe(true);
  });

  it("answers the same for an existing account as for an unknown email", async () => {
    const { user } = await createUser();
    const unknown = uniqueEmail();
    const answers = async () => [
      await captchaRequiredForSignIn(user.email, uniqueIp()),
      await captchaRequiredForSignIn(unknown, uniqueIp()),
    ];
    for (let failures = 1; failures <= 3; failures += 1) {
      await createLoginAttempt({ email: user.email, userId: user.id, reason: "wrong_password" });
      await createLoginAttempt({ email: unknown, reason: "unknown_email" });
      const [known, ghost] = await answers();
      expect(known).toBe(ghost);
      expect(known).toBe(failures >= 3);
    }
  });

  it("ignores failures older than 15 minutes, successes and second-factor prompts", async () => {
    const email = uniqueEmail();
    await createLoginAttempt({ email, createdAt: minutesAgo(16) });
    await createLoginAttempt({ email, createdAt: minutesAgo(20) });
    await createLoginAttempt({ email, outcome: "SUCCEEDED", reason: "signed_in" });
    await createLoginAttempt({ email, reason: "second_factor_required" });
    await createLoginAttempt({ email, createdAt: minutesAgo(14) });
    await createLoginAttempt({ email });
    expect(await captchaRequiredForSignIn(email, uniqueIp())).toBe(false);
  });

  it("asks for the check when the address has three recent failures, whatever the email", async () => {
    const ip = uniqueIp();
    await createLoginAttempt({ ip, email: uniqueEmail() });
    await createLoginAttempt({ ip, email: uniqueEmail() });
    await createLoginAttempt({ ip, email: uniqueEmail(), createdAt: minutesAgo(30) });
    expect(await captchaRequiredForSignIn(uniqueEmail(), ip)).toBe(false);
    await createLoginAttempt({ ip, email: uniqueEmail() });
    expect(await captchaRequiredForSignIn(uniqueEmail(), ip)).toBe(true);
  });
});

describe("captchaRequiredForIp", () => {
  it("follows the address's recent failed sign-ins, and never applies without an address", async () => {
    const ip = uniqueIp();
    await createLoginAttempt({ ip });
    await createLoginAttempt({ ip });
    await createLoginAttempt({ ip, createdAt: minutesAgo(16) });
    expect(await captchaRequiredForIp(ip)).toBe(false);
    await createLoginAttempt({ ip });
    expect(await captchaRequiredForIp(ip)).toBe(true);
    expect(await captchaRequiredForIp(null)).toBe(false);
  });
});

describe("assertCaptchaIfRequired", () => {
  it("lets everything through when no check is required", async () => {
    await expect(assertCaptchaIfRequired({ required: false, payload: undefined, ip: null })).resolves.toBeUndefined();
  });

  it("rejects a missing or invalid answer with a message on the captcha field", async () => {
    for (const payload of [undefined, null, "", "forged"]) {
      const error = await assertCaptchaIfRequired({ required: true, payload, ip: null }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({ captcha: ["Complete the check below to continue."] });
    }
  });

  it("accepts a solved answer once", async () => {
    const payload = await solvedPayload();
    await expect(assertCaptchaIfRequired({ required: true, payload, ip: null })).resolves.toBeUndefined();
    await expect(assertCaptchaIfRequired({ required: true, payload, ip: null })).rejects.toBeInstanceOf(ValidationError);
  });
});
