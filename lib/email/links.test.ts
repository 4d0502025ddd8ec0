import { describe, expect, it } from "vitest";
import { splitLinks } from "./links";

describe("splitLinks", () => {
  it("finds http(s) links and leaves trailing punctuation outside them", () => {
    expect(splitLinks("Verify: http://localhost:3000/verify-email?token=a_b-1.\nThanks")).toEqual([
      { text: "Verify: ", isLink: false },
      { text: "http://localhost:3000/verify-email?token=a_b-1", isLink: true },
      { text: ".\nThanks", isLink: false },
    ]);
  });

  it("never turns other schemes into links", () => {
    expect(splitLinks("javascript:alert(1) data:text/html,x")).toEqual([
      { text: "javascript:alert(1) data:text/html,x", isLink: false },
    ]);
  });

  it("stops a link at a quote or angle bracket", () => {
    expect(splitLinks(`<https://example.com/a>"`).filter((part) => part.isLink)).toEqual([
      { text: "https://example.com/a", isLink: true },
    ]);
  });
});
