import { describe, expect, it } from "vitest";
import { shortenUserAgent } from "./user-agent";

describe("shortenUserAgent", () => {
  it.each([
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0", "Firefox 132 on Windows"],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome 131 on macOS"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge 131 on Windows"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1", "Safari 17 on iOS"],
    ["curl/8.5.0", "curl/8.5.0"],
  ])("shortens %s", (userAgent, expected) => {
    expect(shortenUserAgent(userAgent)).toBe(expected);
  });

  it("cuts an unknown long agent and names a missing one", () => {
    expect(shortenUserAgent("x".repeat(100))).toBe(`${"x".repeat(40)}…`);
    expect(shortenUserAgent(null)).toBe("unknown");
  });
});
