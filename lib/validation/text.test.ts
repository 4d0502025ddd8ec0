import { z } from "zod";
import { describe, expect, it } from "vitest";
import { INVISIBLE_CHARACTERS_MESSAGE, text, titleText } from "./text";

const title = titleText(z.string().trim().min(1).max(20));
const body = text(z.string().max(20));

describe("the text boundary rule", () => {
  it("drops NUL bytes and turns a lone surrogate into U+FFFD before the field's own rules", () => {
    expect(body.parse("a\u0000b")).toBe("ab");
    expect(body.parse("x\ud800y\udfff")).toBe("x\ufffdy\ufffd");
    expect(body.parse("line one\nline two\t")).toBe("line one\nline two\t");
    expect(body.safeParse("\u0000".repeat(30)).success).toBe(true);
  });

  it("refuses bidi overrides, zero-width and other invisible characters in titles and names, with a message", () => {
    for (const hidden of ["\u202e", "\u202a", "\u2066", "\u2069", "\u200b", "\u200e", "\u200f", "\ufeff", "\u00ad", "\n", "\t", "\u2028", "\u0007"]) {
      const result = title.safeParse(`Invoice${hidden}fdp.exe`);
      expect(result.success, JSON.stringify(hidden)).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(INVISIBLE_CHARACTERS_MESSAGE);
    }
  });

  it("keeps what real titles and names hold: emoji sequences, joiners, right-to-left scripts", () => {
    for (const name of ["👩‍👩‍👧 family", "می\u200cخواهم", "שלום עולם", "Zoë O'Brien", "  padded  "]) expect(title.safeParse(name).success, name).toBe(true);
    expect(title.parse("  padded  ")).toBe("padded");
  });
});
