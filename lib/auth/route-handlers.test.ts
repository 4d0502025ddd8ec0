import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";
import { isSessionEnded } from "./ended-sessions";
import { GET, POST } from "./route-handlers";

// Auth.js's own endpoints, called in-process as Next would, with a session cookie as a browser
// signed in through the app would hold it.

const ORIGIN = "http://localhost";
const SESSION_COOKIE = "authjs.session-token";

async function signedInBrowser() {
  const { user, actor } = await createUser({ role: "AGENT" });
  const sessionId = randomUUID();
  const token = await encode({
    salt: SESSION_COOKIE,
    secret: process.env.AUTH_SECRET!,
    token: { sub: user.id, workspaceId: actor.workspaceId, sessionVersion: 0, signedInAt: Math.floor(Date.now() / 1000), sessionId },
  });
  return { userId: user.id, sessionId, cookie: `${SESSION_COOKIE}=${token}` };
}

const nextAuthParams = (path: string) => ({ params: Promise.resolve({ nextauth: path.split("/") }) });

async function readSession(cookie: string): Promise<unknown> {
  const response = await GET(new NextRequest(`${ORIGIN}/api/auth/session`, { headers: { cookie } }), nextAuthParams("session"));
  expect(response.status).toBe(200);
  return response.json();
}

/** Posts the built-in sign-out form as Auth.js's own sign-out page would, CSRF token included. */
async function postBuiltInSignOut(cookie: string): Promise<Response> {
  const csrf = await GET(new NextRequest(`${ORIGIN}/api/auth/csrf`, { headers: { cookie } }), nextAuthParams("csrf"));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((header) => header.split(";")[0]).join("; ");
  return POST(
    new NextRequest(`${ORIGIN}/api/auth/signout`, {
      method: "POST",
      headers: { cookie: `${cookie}; ${csrfCookie}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: `${ORIGIN}/sign-in` }),
    }),
    nextAuthParams("signout"),
  );
}

describe("Auth.js's own endpoints", () => {
  it("end the session on the built-in sign-out, so its cookie no longer answers for anyone", async () => {
    const browser = await signedInBrowser();
    expect(await readSession(browser.cookie)).toMatchObject({ sessionId: browser.sessionId });

    const signedOut = await postBuiltInSignOut(browser.cookie);
    expect(signedOut.status).toBe(302);
    expect(await isSessionEnded(browser.sessionId)).toBe(true);
    // A copy of the cookie kept from before the sign-out is dead too.
    expect(await readSession(browser.cookie)).toBeNull();
  });

  it("answer no session for a member disabled since signing in, as every page would", async () => {
    const browser = await signedInBrowser();
    await db.user.update({ where: { id: browser.userId }, data: { disabledAt: new Date() } });
    expect(await readSession(browser.cookie)).toBeNull();
  });
});
