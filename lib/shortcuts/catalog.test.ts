import { describe, expect, it } from "vitest";
import { LIST_SHORTCUTS, ticketShortcuts } from "./catalog";
import { createShortcutMatcher, keysOf } from "./keys";

const bindingsOf = (entries: readonly { binding: string }[]) => entries.map((entry) => entry.binding);

describe("the shortcut catalogue", () => {
  it("gives requesters only replying and navigation on the ticket page", () => {
    expect(bindingsOf(ticketShortcuts(false))).toEqual(["r", "u", "g t", "?"]);
    expect(bindingsOf(ticketShortcuts(true))).toEqual(["r", "n", "a", "s", "i", "u", "g t", "?"]);
  });

  it.each([
    ["list", bindingsOf(LIST_SHORTCUTS)],
    ["ticket page", bindingsOf(ticketShortcuts(true))],
  ])("has no binding on the %s that another one hides", (_page, bindings) => {
    expect(new Set(bindings).size).toBe(bindings.length);
    for (const binding of bindings) {
      const matcher = createShortcutMatcher(bindings);
      const keys = keysOf(binding);
      const results = keys.map((key, index) =>
        matcher.feed({ key, shiftKey: key === "?", ctrlKey: false, metaKey: false, altKey: false, target: null }, index),
      );
      expect(results.at(-1)).toEqual({ kind: "match", binding });
    }
  });
});
