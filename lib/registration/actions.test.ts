import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/test/db";
import { registerClientAction, resendVerificationEmailAction, verifyEmailAction } from "./actions";
import { INVALID_VERIFICATION_LINK_MESSAGE } from "./schemas";
import { createRegistrationWorkspace, STRONG_PASSWORD } from "./test-helpers";
import { INVISIBLE_CHARACTERS_MESSAGE } from "@/lib/validation/text";

// Actions read the client's address from the request headers, which exist only inside Next.
let requestNumber = 0;
vi.mock("@/lib/request-context", () => ({
  getRequestContext: async () => ({ ip: `192.0.2.${++requestNumber}`, userAgent: "vitest" }),
}));

// Counts argon2 hashes: the slow step whose absence would time-reveal an existing account.
const hashing = vi.hoisted(() => ({ calls: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...original,
    hashPassword: (password: string) => {
      hashing.calls++;
      return original.hashPassword(password);
    },
  };
});

beforeAll(async () => {
  await createRegistrationWorkspace();
});

describe("registration actions", () => {
  it("return the same result, after the same one password hash, for a new email and for one that has an account", async () => {
    const form = { name: "Bea Example", email: "bea.action@example.com", password: STRONG_PASSWORD };
    hashing.calls = 0;
    const first = await registerClientAction(form);
    expect(hashing.calls).toBe(1);
    const second = await registerClientAction({ ...form, email: " BEA.action@example.com " });
    expect(hashing.calls).toBe(2);
    expect(first).toEqual({ ok: true, data: { email: "bea.action@example.com" } });
    expect(second).toEqual(first);
    expect(await db.user.count({ where: { email: "bea.action@example.com" } })).toBe(1);
  });

  it("explain a refused password under the password field", async () => {
    const result = await registerClientAction({ name: "Bea", email: "bea.weak@example.com", password: "qwertyqwertyqwerty" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/too common/)] } });
    const short = await registerClientAction({ name: " ", email: "not an email", password: "short" });
    expect(short).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Enter your name."], email: ["Enter a valid email address."], password: ["Use at least 15 characters."] },
    });
    const forgedLines = await registerClientAction({ name: "Bea\nBcc: everyone", email: "bea.lines@example.com", password: STRONG_PASSWORD });
    expect(forgedLines).toMatchObject({ ok: false, fieldErrors: { name: [INVISIBLE_CHARACTERS_MESSAGE] } });
  });

  it("answer a resend request without saying whether the email exists", async () => {
    expect(await resendVerificationEmailAction({ email: "nobody.action@example.com" })).toEqual({
      ok: true,
      data: { email: "nobody.action@example.com" },
    });
  });

  it("refuse a bad verification link with a message the page can show", async () => {
    expect(await verifyEmailAction({ token: "made-up" })).toEqual({ ok: false, error: INVALID_VERIFICATION_LINK_MESSAGE });
    expect(await verifyEmailAction({ token: "" })).toMatchObject({ ok: false, fieldErrors: { token: expect.any(Array) } });
  });
});
