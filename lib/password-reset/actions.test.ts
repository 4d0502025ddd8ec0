import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";
import { requestPasswordResetAction, resetPasswordAction } from "./actions";
import { isPasswordResetTokenUsable } from "./queries";
import { INVALID_RESET_LINK_MESSAGE } from "./schemas";
import { NEW_PASSWORD, requestResetToken } from "./test-helpers";

// Actions read the client's address from the request headers, which exist only inside Next.
let requestNumber = 0;
vi.mock("@/lib/request-context", () => ({
  getRequestContext: async () => ({ ip: `192.0.2.${++requestNumber}`, userAgent: "vitest" }),
}));

// Work scheduled with after() runs once the answer is out; here the test runs it when it wants.
const afterAnswer = vi.hoisted(() => ({ pending: [] as (() => Promise<void>)[] }));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (work: () => Promise<void>) => void afterAnswer.pending.push(work),
}));

describe("password reset actions", () => {
  it("answer a request identically for a known and an unknown email, normalised, and send the link after answering", async () => {
    const { user } = await createUser();
    const known = await requestPasswordResetAction({ email: ` ${user.email.toUpperCase()} ` });
    const unknown = await requestPasswordResetAction({ email: "Nobody.Action@example.com" });
    expect(known).toEqual({ ok: true, data: { email: user.email } });
    expect(unknown).toEqual({ ok: true, data: { email: "nobody.action@example.com" } });
    expect(await db.emailMessage.count({ where: { to: user.email } })).toBe(0);
    for (const work of afterAnswer.pending.splice(0)) await work();
    expect(await db.emailMessage.count({ where: { to: user.email, template: "password-reset" } })).toBe(1);
  });

  it("put invalid input under its fields instead of failing", async () => {
    expect(await requestPasswordResetAction({ email: "not an email" })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Enter a valid email address."] },
    });
    const mismatch = await resetPasswordAction({ token: "x", newPassword: NEW_PASSWORD, confirmPassword: "something else" });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["The two passwords don't match."] } });
    const short = await resetPasswordAction({ token: "", newPassword: "short", confirmPassword: "short" });
    expect(short).toMatchObject({
      ok: false,
      fieldErrors: { token: ["This link has no token."], newPassword: ["Use at least 15 characters."] },
    });
  });

  it("return a refused password and a dead link as messages, and reset with a good one", async () => {
    const { user } = await createUser();
    const token = await requestResetToken(user.email);
    const weak = await resetPasswordAction({ token, newPassword: "qwertyqwertyqwerty", confirmPassword: "qwertyqwertyqwerty" });
    expect(weak).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.stringMatching(/too common/)] } });
    expect(await isPasswordResetTokenUsable(token)).toBe(true);

    const good = { token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    expect(await resetPasswordAction(good)).toEqual({ ok: true, data: undefined });
    expect(await resetPasswordAction(good)).toEqual({ ok: false, error: INVALID_RESET_LINK_MESSAGE });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });
});
