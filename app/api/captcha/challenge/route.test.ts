import type { Challenge } from "altcha-lib";
import { describe, expect, it } from "vitest";
import { errorSchema } from "@/lib/api/v1/schemas";
import { verifyCaptchaSolution } from "@/lib/security/captcha";
import { CAPTCHA_CHALLENGE_IP_LIMIT } from "@/lib/security/captcha-policy";
import { solvedCaptchaPayload, uniqueIp } from "@/lib/test/security-factories";
import { GET } from "./route";

// Our server (scripts/server.mjs) ends X-Forwarded-For with the socket's address.
const requestFrom = (ip: string) =>
  new Request("http://localhost/api/captcha/challenge", { headers: { "x-forwarded-for": ip } });

describe("GET /api/captcha/challenge", () => {
  it("answers a signed, expiring challenge that no cache may keep", async () => {
    const response = await GET(requestFrom(uniqueIp()));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { parameters: Record<string, unknown>; signature: string };
    expect(body.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(body.parameters).toMatchObject({ algorithm: "PBKDF2/SHA-256", cost: 1000 });
    expect(Number(body.parameters.expiresAt)).toBeGreaterThan(Date.now() / 1000);
  });

  it("answers 429 with Retry-After once an address has used up its challenges", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < CAPTCHA_CHALLENGE_IP_LIMIT.limit; i += 1) expect((await GET(requestFrom(ip))).status).toBe(200);
    const refused = await GET(requestFrom(ip));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // The API's error shape, as every JSON error of the app.
    expect(errorSchema.parse(await refused.json())).toMatchObject({ code: "RATE_LIMITED", traceId: refused.headers.get("x-trace-id") });
    expect((await GET(requestFrom(uniqueIp()))).status).toBe(200);
  });

  it("counts only challenges not used yet, so an address whose people solve and submit them is never refused", async () => {
    const ip = uniqueIp();
    const challenges: Challenge[] = [];
    for (let i = 0; i < CAPTCHA_CHALLENGE_IP_LIMIT.limit; i += 1) challenges.push((await (await GET(requestFrom(ip))).json()) as Challenge);
    const answers = await Promise.all(challenges.slice(0, 2).map((challenge) => solvedCaptchaPayload(challenge)));
    for (const answer of answers) expect(await verifyCaptchaSolution(answer, ip)).toBe(true);
    // A replayed answer gives nothing back.
    expect(await verifyCaptchaSolution(answers[0]!, ip)).toBe(false);

    expect((await GET(requestFrom(ip))).status).toBe(200);
    expect((await GET(requestFrom(ip))).status).toBe(200);
    expect((await GET(requestFrom(ip))).status).toBe(429);
  });
});
