import { describe, expect, it } from "vitest";
import { requestContextFrom } from "./request-context";

describe("requestContextFrom (no trusted proxy)", () => {
  it("takes the address our server appended last, never one the client wrote", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5", "user-agent": "Firefox" });
    expect(requestContextFrom(headers)).toEqual({ ip: "203.0.113.5", userAgent: "Firefox" });
  });

  it("has no address or user agent when the request carries none", () => {
    expect(requestContextFrom(new Headers())).toEqual({ ip: null, userAgent: null });
  });

  it("keeps at most 512 characters of a user agent", () => {
    const headers = new Headers({ "user-agent": "x".repeat(2000) });
    expect(requestContextFrom(headers).userAgent).toHaveLength(512);
  });
});
