import { buildCustomRoute } from "next/dist/lib/build-custom-route";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";

// Next applies every header rule whose source matches, in order, a later one overriding an
// earlier one's header of the same name; the routes manifest holds each source as a regex.
async function headersFor(path: string): Promise<Record<string, string>> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const applied: Record<string, string> = {};
  for (const rule of rules) {
    if (!new RegExp(buildCustomRoute("header", rule).regex).test(path)) continue;
    for (const { key, value } of rule.headers) applied[key.toLowerCase()] = value;
  }
  return applied;
}

describe("response headers outside pages", () => {
  it("give every API answer (JSON, CSV, PDF, health, Auth.js's JSON) a policy that allows nothing", async () => {
    for (const path of ["/api/v1/tickets", "/api/v1/openapi.json", "/api/health", "/api/w/acme/tickets/export", "/api/w/acme/dashboard/report", "/api/w/acme/dashboard/csv/volume", "/api/captcha/challenge", "/api/auth/session", "/api/no-such-route"]) {
      const headers = await headersFor(path);
      expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
    }
  });

  it("let Auth.js's own HTML pages style themselves and post their form, and nothing else", async () => {
    for (const path of ["/api/auth/signout", "/api/auth/signin", "/api/auth/error", "/api/auth/verify-request"]) {
      const csp = (await headersFor(path))["content-security-policy"] ?? "";
      expect(csp, path).toContain("default-src 'none'");
      expect(csp, path).toContain("style-src 'unsafe-inline'");
      expect(csp, path).toContain("form-action 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain("script-src");
    }
  });

  it("leave pages, the API's documentation page included, to the nonce policy proxy.ts sets", async () => {
    for (const path of ["/sign-in", "/w/acme/tickets/12", "/api/docs", "/api/docs/tickets"]) {
      expect((await headersFor(path))["content-security-policy"], path).toBeUndefined();
    }
  });
});
