import { describe, expect, it } from "vitest";
import { type KeyPress, createShortcutMatcher, isTypingTarget, keysOf, shortcutKeyOf } from "./keys";

const press = (key: string, overrides: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  target: { tagName: "BODY" },
  ...overrides,
});

describe("which elements count as typing", () => {
  it.each([
    [{ tagName: "TEXTAREA" }],
    [{ tagName: "SELECT" }],
    [{ tagName: "INPUT", type: "text" }],
    [{ tagName: "INPUT", type: "search" }],
    [{ tagName: "INPUT" }],
    [{ tagName: "DIV", isContentEditable: true }],
  ])("ignores keys typed in %o", (target) => {
    expect(isTypingTarget(target)).toBe(true);
    expect(shortcutKeyOf(press("j", { target }))).toBeNull();
  });

  it.each([[{ tagName: "INPUT", type: "checkbox" }], [{ tagName: "INPUT", type: "radio" }], [{ tagName: "A" }], [null]])(
    "takes shortcuts when %o has focus",
    (target) => {
      expect(isTypingTarget(target)).toBe(false);
      expect(shortcutKeyOf(press("j", { target }))).toBe("j");
    },
  );
});

describe("the key a press stands for", () => {
  it("ignores chords with Ctrl, Alt or Meta, which belong to the browser and the system", () => {
    expect(shortcutKeyOf(press("r", { ctrlKey: true }))).toBeNull();
    expect(shortcutKeyOf(press("r", { metaKey: true }))).toBeNull();
    expect(shortcutKeyOf(press("r", { altKey: true }))).toBeNull();
  });

  it("accepts ? typed with Shift but not a shifted letter", () => {
    expect(shortcutKeyOf(press("?", { shiftKey: true }))).toBe("?");
    expect(shortcutKeyOf(press("J", { shiftKey: true }))).toBeNull();
  });

  it("reads a letter typed with Caps Lock on as the letter", () => {
    expect(shortcutKeyOf(press("J"))).toBe("j");
  });

  it("leaves named keys other than Enter to the browser", () => {
    expect(shortcutKeyOf(press("Escape"))).toBeNull();
    expect(shortcutKeyOf(press("ArrowDown"))).toBeNull();
    expect(shortcutKeyOf(press("Enter"))).toBe("Enter");
  });

  it("leaves Enter alone on links and buttons, where it already activates them", () => {
    expect(shortcutKeyOf(press("Enter", { target: { tagName: "A" } }))).toBeNull();
    expect(shortcutKeyOf(press("Enter", { target: { tagName: "BUTTON" } }))).toBeNull();
    expect(shortcutKeyOf(press("Enter", { shiftKey: true }))).toBeNull();
  });
});

describe("matching bindings and sequences", () => {
  const bindings = ["j", "k", "?", "Enter", "g t"];

  it("matches single keys", () => {
    const matcher = createShortcutMatcher(bindings);
    expect(matcher.feed(press("j"), 0)).toEqual({ kind: "match", binding: "j" });
    expect(matcher.feed(press("?", { shiftKey: true }), 10)).toEqual({ kind: "match", binding: "?" });
    expect(matcher.feed(press("z"), 20)).toEqual({ kind: "none" });
  });

  it("matches a two-key sequence pressed within the timeout", () => {
    const matcher = createShortcutMatcher(bindings, 1000);
    expect(matcher.feed(press("g"), 0)).toEqual({ kind: "pending" });
    expect(matcher.feed(press("t"), 500)).toEqual({ kind: "match", binding: "g t" });
  });

  it("forgets the first key of a sequence after the timeout", () => {
    const matcher = createShortcutMatcher(bindings, 1000);
    matcher.feed(press("g"), 0);
    expect(matcher.feed(press("t"), 1500)).toEqual({ kind: "none" });
  });

  it("tries a key that does not continue the sequence on its own", () => {
    const matcher = createShortcutMatcher(bindings);
    matcher.feed(press("g"), 0);
    expect(matcher.feed(press("j"), 10)).toEqual({ kind: "match", binding: "j" });
    expect(matcher.feed(press("t"), 20)).toEqual({ kind: "none" });
  });

  it("drops a pending sequence when the person starts typing", () => {
    const matcher = createShortcutMatcher(bindings);
    matcher.feed(press("g"), 0);
    expect(matcher.feed(press("t", { target: { tagName: "TEXTAREA" } }), 10)).toEqual({ kind: "none" });
    expect(matcher.feed(press("t"), 20)).toEqual({ kind: "none" });
  });

  it("splits a binding into the keys to press", () => {
    expect(keysOf("g t")).toEqual(["g", "t"]);
    expect(keysOf("?")).toEqual(["?"]);
  });
});
