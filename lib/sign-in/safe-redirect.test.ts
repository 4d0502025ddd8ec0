import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps a path on this site with its query and hash", () => {
    expect(safeCallbackPath("/tickets?after=abc#top")).toBe("/tickets?after=abc#top");
  });

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["absolute URL", "https://evil.example/tickets"],
    ["protocol-relative URL", "//evil.example/tickets"],
    ["backslash trick", "/\\evil.example"],
    ["javascript URL", "javascript:alert(1)"],
    ["control character", "/tickets\n//evil.example"],
    ["the sign-in page itself", "/sign-in?callbackUrl=/tickets"],
  ])("falls back to the ticket list for a %s", (_label, input) => {
    expect(safeCallbackPath(input)).toBe("/");
  });
});
