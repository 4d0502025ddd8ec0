import { describe, expect, it } from "vitest";
import {
  decideHttpsRedirect,
  effectiveProtocol,
  HSTS_HEADER_VALUE,
  isHttpsEnforced,
  publicHttpsOrigin,
} from "./https-redirect.mjs";

describe("isHttpsEnforced", () => {
  it.each([
    [{ NODE_ENV: "production" }, true],
    [{ NODE_ENV: "production", FORCE_HTTPS: "true" }, true],
    [{ NODE_ENV: "production", FORCE_HTTPS: "false" }, false],
    [{ NODE_ENV: "development" }, false],
    [{ NODE_ENV: "development", FORCE_HTTPS: "true" }, false],
    [{}, false],
  ])("is %o → %s", (env, expected) => {
    expect(isHttpsEnforced(env)).toBe(expected);
  });
});

describe("effectiveProtocol", () => {
  it("is https on a TLS socket whatever the headers say", () => {
    expect(effectiveProtocol({ isTlsSocket: true, forwardedProto: "http", trustedProxyCount: 0 })).toBe("https");
  });

  it("ignores X-Forwarded-Proto when no proxy is trusted", () => {
    expect(effectiveProtocol({ isTlsSocket: false, forwardedProto: "https", trustedProxyCount: 0 })).toBe("http");
  });

  it("believes the trusted proxy's X-Forwarded-Proto", () => {
    expect(effectiveProtocol({ isTlsSocket: false, forwardedProto: "https", trustedProxyCount: 1 })).toBe("https");
    expect(effectiveProtocol({ isTlsSocket: false, forwardedProto: "HTTP", trustedProxyCount: 1 })).toBe("http");
    expect(effectiveProtocol({ isTlsSocket: false, forwardedProto: undefined, trustedProxyCount: 1 })).toBe("http");
  });

  it("reads the outermost trusted proxy's entry, not one the client prepended", () => {
    expect(effectiveProtocol({ isTlsSocket: false, forwardedProto: "https, http", trustedProxyCount: 1 })).toBe("http");
    expect(effectiveProtocol({ isTlsSocket: false, forwardedProto: "http, https", trustedProxyCount: 1 })).toBe("https");
    // Two appending proxies: the client-facing one saw https, the inner hop was plain http.
    expect(effectiveProtocol({ isTlsSocket: false, forwardedProto: "https, http", trustedProxyCount: 2 })).toBe("https");
    expect(effectiveProtocol({ isTlsSocket: false, forwardedProto: "http, https, http", trustedProxyCount: 2 })).toBe(
      "https",
    );
    // Two proxies where the inner one passes the header through unchanged.
    expect(effectiveProtocol({ isTlsSocket: false, forwardedProto: "https", trustedProxyCount: 2 })).toBe("https");
  });
});

describe("publicHttpsOrigin", () => {
  it("is AUTH_URL's origin over https, and nothing without a usable AUTH_URL", () => {
    expect(publicHttpsOrigin("https://help.example.com/some/path")).toBe("https://help.example.com");
    expect(publicHttpsOrigin("http://help.example.com:8443")).toBe("https://help.example.com:8443");
    expect(publicHttpsOrigin("ftp://help.example.com")).toBeNull();
    expect(publicHttpsOrigin("not a url")).toBeNull();
    expect(publicHttpsOrigin(undefined)).toBeNull();
  });
});

describe("decideHttpsRedirect", () => {
  const http = { enforced: true, protocol: "http", method: "GET", publicOrigin: "https://help.example.com" } as const;

  it("serves everything when HTTPS is not enforced, and https requests always", () => {
    expect(decideHttpsRedirect({ ...http, enforced: false, url: "/tickets" })).toEqual({ action: "serve" });
    expect(decideHttpsRedirect({ ...http, protocol: "https", url: "/tickets" })).toEqual({ action: "serve" });
  });

  it("redirects plain http to the same path and query on AUTH_URL's origin", () => {
    expect(decideHttpsRedirect({ ...http, url: "/tickets?status=open" })).toEqual({
      action: "redirect",
      location: "https://help.example.com/tickets?status=open",
    });
    expect(decideHttpsRedirect({ ...http, method: "POST", url: "/sign-in" })).toEqual({
      action: "redirect",
      location: "https://help.example.com/sign-in",
    });
  });

  it("lets load balancers probe the health check over http, but nothing else under /api", () => {
    expect(decideHttpsRedirect({ ...http, url: "/api/health" })).toEqual({ action: "serve" });
    expect(decideHttpsRedirect({ ...http, method: "HEAD", url: "/api/health?probe=1" })).toEqual({ action: "serve" });
    expect(decideHttpsRedirect({ ...http, method: "POST", url: "/api/health" }).action).toBe("redirect");
    expect(decideHttpsRedirect({ ...http, url: "/api/health/live" })).toEqual({ action: "serve" });
    expect(decideHttpsRedirect({ ...http, url: "/api/health/ready" })).toEqual({ action: "serve" });
    expect(decideHttpsRedirect({ ...http, url: "/api/healthz" }).action).toBe("redirect");
    expect(decideHttpsRedirect({ ...http, url: "/api/captcha/challenge" }).action).toBe("redirect");
  });

  it("keeps only the path of an absolute-form request target", () => {
    expect(decideHttpsRedirect({ ...http, url: "http://other.example/a?b=1" })).toEqual({
      action: "redirect",
      location: "https://help.example.com/a?b=1",
    });
  });

  it("refuses plain http without AUTH_URL rather than guess the site from the Host header", () => {
    const request = { ...http, publicOrigin: null, url: "/", host: "evil.example" };
    expect(decideHttpsRedirect(request)).toEqual({ action: "reject" });
    expect(decideHttpsRedirect({ ...request, url: "/api/health" })).toEqual({ action: "serve" });
  });
});

it("HSTS lasts two years and covers subdomains", () => {
  expect(HSTS_HEADER_VALUE).toBe("max-age=63072000; includeSubDomains");
});
