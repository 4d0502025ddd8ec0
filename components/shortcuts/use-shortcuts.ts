"use client";

import { useEffect, useRef } from "react";
import { type KeyTarget, createShortcutMatcher } from "@/lib/shortcuts/keys";

export type ShortcutHandlers = Record<string, (event: KeyboardEvent) => void>;

const targetOf = (event: KeyboardEvent): KeyTarget => (event.target instanceof HTMLElement ? event.target : null);

/**
 * Runs the handler whose binding (see lib/shortcuts/keys.ts) the person pressed, anywhere on the
 * page except while they type, and not while a modal dialog (the help) is open over the page.
 * A matched key, and the first key of a sequence, are kept from the browser.
 */
export function useShortcuts(handlers: ShortcutHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  // The listener is rebuilt only when the set of bindings changes, not on every render.
  const bindings = Object.keys(handlers).sort().join("\n");

  useEffect(() => {
    const matcher = createShortcutMatcher(bindings.split("\n"));
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || document.querySelector("dialog[open]")) return;
      const result = matcher.feed(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          shiftKey: event.shiftKey,
          target: targetOf(event),
        },
        event.timeStamp,
      );
      if (result.kind === "none") return;
      event.preventDefault();
      if (result.kind === "match") latest.current[result.binding]?.(event);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [bindings]);
}
