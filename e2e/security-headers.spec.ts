import { type APIResponse, expect, test } from "@playwright/test";
import { E2E_ADMIN } from "./config";

function expectBaselineHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
}

function cspDirective(csp: string, name: string): string {
  const directive = csp
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));
  expect(directive, `CSP has ${name}`).toBeDefined();
  return directive ?? "";
}

function scriptNonce(csp: string): string {
  const nonce = /'nonce-([^']+)'/.exec(cspDirective(csp, "script-src"))?.[1];
  expect(nonce, "script-src has a nonce").toBeTruthy();
  return nonce ?? "";
}

test.describe("security headers", () => {
  test("a page carries the baseline headers and a CSP with a fresh nonce per request", async ({ request }) => {
    const first = await request.get("/sign-in", { maxRedirects: 0 });
    const second = await request.get("/sign-in", { maxRedirects: 0 });
    expect(first.status()).toBe(200);
    expectBaselineHeaders(first);

    const csp = first.headers()["content-security-policy"] ?? "";
    expect(cspDirective(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(cspDirective(csp, "script-src")).not.toContain("'unsafe-inline'");
    expect(cspDirective(csp, "script-src")).toContain("'strict-dynamic'");
    const nonce = scriptNonce(csp);
    expect(scriptNonce(second.headers()["content-security-policy"] ?? "")).not.toBe(nonce);
    // Next puts the request's nonce on the scripts it renders.
    expect(await first.text()).toContain(`nonce="${nonce}"`);
  });

  test("an API route carries the baseline headers and a policy that allows nothing", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expectBaselineHeaders(response);
    expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  test("a static asset carries the baseline headers", async ({ request }) => {
    const html = await (await request.get("/sign-in")).text();
    const asset = /\/_next\/static\/[^"'\s]+\.js/.exec(html)?.[0];
    expect(asset, "the page references a script under /_next/static").toBeTruthy();
    const response = await request.get(asset ?? "");
    expect(response.status()).toBe(200);
    expectBaselineHeaders(response);
  });

  test("the http test server neither redirects to https nor sends HSTS (FORCE_HTTPS=false)", async ({ request }) => {
    const response = await request.get("/sign-in", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
  });
});

type CapturedAction = { headers: Record<string, string>; body: string };

test.describe("server actions", () => {
  test("a sign-in action posted from another origin is refused, and from ours processed", async ({ page, request }) => {
    // Capture the request the sign-in form sends, without letting it reach the server.
    let resolveCaptured: (action: CapturedAction) => void = () => {};
    const captured = new Promise<CapturedAction>((resolve) => {
      resolveCaptured = resolve;
    });
    await page.goto("/sign-in");
    await page.route("**/sign-in**", async (route) => {
      const sent = route.request();
      const headers = await sent.allHeaders();
      if (sent.method() !== "POST" || !headers["next-action"]) return route.fallback();
      resolveCaptured({ headers, body: sent.postData() ?? "" });
      await route.abort();
    });
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const action = await captured;
    expect(action.headers["next-action"]).toBeTruthy();

    const ownOrigin = new URL(page.url()).origin;
    const replay = (origin: string) =>
      request.post("/sign-in", {
        headers: {
          "Next-Action": action.headers["next-action"] ?? "",
          "Next-Router-State-Tree": action.headers["next-router-state-tree"] ?? "",
          "Content-Type": action.headers["content-type"] ?? "text/plain;charset=UTF-8",
          Accept: "text/x-component",
          Origin: origin,
        },
        data: action.body,
        maxRedirects: 0,
      });
    const sessionCookies = (response: APIResponse) =>
      response
        .headersArray()
        .filter(({ name, value }) => name.toLowerCase() === "set-cookie" && value.includes("session-token"));

    const forged = await replay("https://evil.example");
    expect([403, 500]).toContain(forged.status());
    expect(sessionCookies(forged)).toEqual([]);

    const genuine = await replay(ownOrigin);
    expect(genuine.status()).toBeLessThan(500);
    expect(sessionCookies(genuine)).not.toEqual([]);
  });
});
