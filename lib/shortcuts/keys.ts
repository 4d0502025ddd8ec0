/**
 * Key matching for keyboard shortcuts, free of the DOM so it runs (and is tested) anywhere.
 * A binding is one key ("j", "?", "Enter") or a two-key sequence written with a space ("g t").
 */

/** What the matcher needs to know about the focused element; an HTMLElement fits. */
export type KeyTarget = { tagName?: string; type?: string; isContentEditable?: boolean } | null;

export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: KeyTarget;
};

export type MatchResult = { kind: "match"; binding: string } | { kind: "pending" } | { kind: "none" };

// Inputs whose letters are not text: a focused checkbox or button should not swallow shortcuts.
const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file", "image"]);
// Elements where Enter already does something (follow, press, toggle): the shortcut stays out of the way.
const ACTIVATION_TAGS = new Set(["A", "BUTTON", "SUMMARY", "INPUT", "SELECT", "TEXTAREA"]);

/** Whether keys pressed in `target` are text the person is typing, not commands. */
export function isTypingTarget(target: KeyTarget): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  return tag === "INPUT" && !NON_TEXT_INPUTS.has((target.type ?? "text").toLowerCase());
}

const isLetter = (key: string) => /\p{L}/u.test(key);

/**
 * The shortcut key a press stands for, or null when it is not one: typing, a chord with Ctrl,
 * Alt or Meta (the browser's and the system's), a shifted letter, or a key with a name of its own
 * other than Enter (Escape, Tab, arrows belong to the browser). Shift with a symbol is allowed,
 * since it is how "?" (and on some layouts "/") is typed.
 */
export function shortcutKeyOf(press: KeyPress): string | null {
  if (isTypingTarget(press.target)) return null;
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === "Enter") {
    const isActivation = ACTIVATION_TAGS.has(press.target?.tagName?.toUpperCase() ?? "");
    return press.shiftKey || isActivation ? null : "Enter";
  }
  if ([...press.key].length !== 1) return null;
  if (press.shiftKey && isLetter(press.key)) return null;
  return press.key.toLowerCase();
}

export const SEQUENCE_TIMEOUT_MS = 1500;

/**
 * A matcher for `bindings` that remembers the first key of a sequence for `timeoutMs`. `feed`
 * answers "match" with the binding, "pending" when the key starts a sequence (the caller should
 * swallow it), or "none". A key that does not continue a pending sequence is tried on its own.
 */
export function createShortcutMatcher(bindings: readonly string[], timeoutMs = SEQUENCE_TIMEOUT_MS) {
  const known = new Set(bindings);
  let pending: string[] = [];
  let lastAt = Number.NEGATIVE_INFINITY;

  return {
    feed(press: KeyPress, now: number): MatchResult {
      const key = shortcutKeyOf(press);
      if (key === null) {
        pending = [];
        return { kind: "none" };
      }
      if (now - lastAt > timeoutMs) pending = [];
      lastAt = now;
      const attempts = pending.length > 0 ? [[...pending, key], [key]] : [[key]];
      for (const attempt of attempts) {
        const sequence = attempt.join(" ");
        if (known.has(sequence)) {
          pending = [];
          return { kind: "match", binding: sequence };
        }
        if (bindings.some((binding) => binding.startsWith(`${sequence} `))) {
          pending = attempt;
          return { kind: "pending" };
        }
      }
      pending = [];
      return { kind: "none" };
    },
  };
}

/** The keys of a binding as a person presses them: "g t" is ["g", "t"]. */
export function keysOf(binding: string): string[] {
  return binding.split(" ");
}
